package org.duban.app.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duban.app.audit.Actor;
import org.duban.app.ingest.IngestService;
import org.duban.app.ledger.LedgerFixtures;
import org.duban.app.ledger.LedgerJdbcTest;
import org.duban.core.fact.Fact;
import org.duban.core.pipeline.AnalyzedDocument;
import org.duban.core.pipeline.DocumentAnalyzer;
import org.duban.core.target.IndicatorCatalogue;
import org.duban.core.target.Link;
import org.duban.core.target.TargetLinker;
import org.duban.core.target.TrackedDocument;
import org.duban.core.target.TrackedLedger;
import org.duban.core.text.SourceText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ledger links what {@code duban track} links: the stored rows, read back from the database in
 * parts, are the links the linker gives for the same documents held in memory.
 */
@LedgerJdbcTest
@Import({TargetLinks.class, LedgerDocuments.class, TargetQueries.class, Charts.class})
class StoredLinksTest {

  private static final Actor TEST = Actor.system("test");

  @Autowired IngestService ingest;
  @Autowired TargetLinks links;
  @Autowired LedgerDocuments documents;
  @Autowired LedgerFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void emptyLedger() {
    fixtures.clear();
  }

  /** The stored links, each as file, target start, part, indicator, result and verdict. */
  private List<String> stored() {
    return jdbc.sql(
            "select sf.file_name, t.start_pos, l.part_index, l.indicator, l.indicator_id,"
                + " rf.file_name, r.start_pos, l.verdict, l.note, l.sense, l.measure"
                + " from target_link l join fact t on t.id = l.target_fact_id"
                + " join document td on td.id = l.target_document_id"
                + " join source_file sf on sf.id = td.source_file_id"
                + " left join fact r on r.id = l.result_fact_id"
                + " left join document rd on rd.id = l.result_document_id"
                + " left join source_file rf on rf.id = rd.source_file_id"
                + " order by sf.file_name, t.start_pos, l.part_index")
        .query(
            (rs, n) -> {
              List<Object> row = new ArrayList<>();
              for (int i = 1; i <= 11; i++) {
                row.add(rs.getObject(i));
              }
              return row.toString();
            })
        .list();
  }

  /** The links of the same texts as {@code duban track} gives them, in the stored rows' form. */
  private static List<String> inMemory(List<SourceText> texts) {
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    List<TrackedDocument> tracked = new ArrayList<>();
    Map<String, String> fileOf = new HashMap<>();
    for (SourceText text : texts) {
      List<AnalyzedDocument> read = analyzer.analyze(text);
      assertThat(read).hasSize(1);
      tracked.add(new TrackedDocument(text.name(), read.get(0)));
      fileOf.put(text.name(), text.name());
    }
    List<String> rows = new ArrayList<>();
    Map<Fact, Integer> parts = new java.util.IdentityHashMap<>();
    for (Link l : new TargetLinker(IndicatorCatalogue.get()).link(tracked)) {
      List<Object> row = new ArrayList<>();
      row.add(l.targetDocument());
      row.add(l.target().start());
      row.add(parts.merge(l.target(), 1, Integer::sum) - 1);
      row.add(l.indicator().label());
      row.add(l.indicator().indicatorId());
      row.add(l.resultDocument());
      row.add(l.result() == null ? null : l.result().start());
      row.add(l.verdict().name());
      row.add(l.note());
      row.add(l.sense().name());
      row.add(l.measure().name());
      rows.add(row.toString());
    }
    rows.sort(null);
    return rows;
  }

  private static List<String> sorted(List<String> rows) {
    List<String> copy = new ArrayList<>(rows);
    copy.sort(null);
    return copy;
  }

  @Test
  void composedReportsAreLinkedAsInMemory() {
    List<SourceText> texts = new ArrayList<>();
    texts.addAll(List.of(ComposedReports.series("东湖区")));
    texts.addAll(List.of(ComposedReports.series("西岭区")));
    // A document without a figure is linked with the others, and gives no row.
    texts.add(new SourceText("东湖区-通知.txt", "东湖区关于召开全区工作会议的通知\n\n请各单位负责同志按时参会。\n"));
    for (SourceText text : texts) {
      ingest.ingestTexts(List.of(text), TEST);
    }

    assertThat(
            jdbc.sql(
                    "select count(*) from document d where not exists (select 1 from fact f"
                        + " where f.document_id = d.id)")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    links.relinkAll();
    assertThat(sorted(stored())).isNotEmpty().isEqualTo(inMemory(texts));
  }

  @Test
  void aCorpusSeriesIsLinkedAsInMemory() throws IOException {
    List<Path> files =
        SharedCorpus.extra(n -> n.matches("quanguo-guowuyuan_20(19|2[0-3])_zfgzbg\\.txt"));
    List<SourceText> texts = new ArrayList<>();
    for (Path file : files) {
      texts.add(
          new SourceText(
              file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
    }
    for (SourceText text : texts) {
      ingest.ingestTexts(List.of(text), TEST);
    }

    List<String> stored = sorted(stored());
    assertThat(stored).anyMatch(r -> r.contains("MET")).isEqualTo(inMemory(texts));
  }

  @Test
  void factsSpreadOverManyPartsOfTheTextAreReadOnceEachInOrder() {
    for (SourceText text : ComposedReports.series("东湖区")) {
      ingest.ingestTexts(List.of(text), TEST);
    }
    List<String> before = stored();
    long document = jdbc.sql("select min(document_id) from fact").query(Long.class).single();
    List<Long> ids =
        jdbc.sql("select id from fact where document_id = :d order by start_pos, id")
            .param("d", document)
            .query(Long.class)
            .list();
    // Spread the facts of one document over many parts of its text, keeping their order and
    // their sentences: each fact lands in its own part or beside a boundary.
    int stride = LedgerDocuments.PART_CHARS / 2 + 7;
    jdbc.sql(
            "update fact set start_pos = start_pos * :s, end_pos = end_pos * :s,"
                + " sentence_start = sentence_start * :s, sentence_end = sentence_end * :s"
                + " where document_id = :d")
        .param("s", stride)
        .param("d", document)
        .update();

    List<Long> given = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    TrackedLedger all = documents.all();
    all.facts(
        String.valueOf(document),
        (id, fact) -> {
          given.add(id);
          starts.add(fact.start());
        });
    assertThat(given).isEqualTo(ids).hasSizeGreaterThan(3);
    assertThat(starts).isSorted();
    assertThat(starts.get(starts.size() - 1)).isGreaterThan(2 * LedgerDocuments.PART_CHARS);

    links.relinkAll();
    assertThat(stored().stream().map(r -> r.replaceAll("\\[(\\S+), \\d+,", "[$1, _,")).toList())
        .isEqualTo(before.stream().map(r -> r.replaceAll("\\[(\\S+), \\d+,", "[$1, _,")).toList());
  }
}
