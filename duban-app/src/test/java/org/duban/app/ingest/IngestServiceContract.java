package org.duban.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.duban.app.audit.Actor;
import org.duban.app.audit.AuditChannel;
import org.duban.app.audit.AuditLog;
import org.duban.app.document.DocumentFilter;
import org.duban.app.document.DocumentRepository;
import org.duban.app.fact.FactFilter;
import org.duban.app.fact.FactRepository;
import org.duban.app.ledger.LedgerFixtures;
import org.duban.app.ledger.TestAnalysis;
import org.duban.app.search.SearchFilter;
import org.duban.app.search.SearchIndex;
import org.duban.app.search.SearchIndexer;
import org.duban.app.search.SearchResult;
import org.duban.core.fact.Fact;
import org.duban.core.pipeline.AnalyzedDocument;
import org.duban.core.pipeline.DocumentAnalyzer;
import org.duban.core.text.SourceText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What ingest must do on every database the ledger runs on. */
abstract class IngestServiceContract {

  private static final SearchFilter NO_FILTER = new SearchFilter(null, null, null, null);

  @Autowired IngestService ingest;
  @Autowired DocumentRepository documents;
  @Autowired FactRepository facts;
  @Autowired SearchIndex index;
  @Autowired SearchIndexer indexer;
  @Autowired org.duban.app.document.DocumentService documentService;
  @Autowired AuditLog audit;
  @Autowired LedgerFixtures fixtures;
  @Autowired TestAnalysis analysis;
  @Autowired JdbcClient jdbc;

  @TempDir Path folder;

  @BeforeEach
  void emptyLedger() {
    fixtures.clear();
  }

  @AfterEach
  void realAnalysis() {
    analysis.reset();
  }

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private void writeCorpus() throws IOException {
    write("报告.txt", LedgerFixtures.REPORT);
    write("子目录/安排.txt", "2024年重点工作安排\n一、稳增长\n1.全年新增就业岗位3万个。\n");
    write(".hidden/忽略.txt", "不应读取的文件。");
  }

  @Test
  void storesEveryFileOfAFolderTreeAndAddsNothingTheSecondTime() throws IOException {
    writeCorpus();

    IngestReport first =
        ingest.ingestPaths(List.of(folder), Actor.system("test"), IngestListener.NONE);
    IngestReport second =
        ingest.ingestPaths(List.of(folder), Actor.system("test"), IngestListener.NONE);

    assertThat(first.count(Outcome.ADDED)).isEqualTo(2);
    assertThat(first.count(Outcome.FAILED)).isZero();
    assertThat(documents.list(DocumentFilter.ALL)).hasSize(first.documentsAdded());
    assertThat(second.count(Outcome.ADDED)).isZero();
    assertThat(second.count(Outcome.UNCHANGED)).isEqualTo(2);
    assertThat(documents.list(DocumentFilter.ALL)).hasSize(first.documentsAdded());
  }

  @Test
  void reportsBinaryAndEmptyFilesAsFailedAndStoresTheRest() throws IOException {
    writeCorpus();
    Files.write(folder.resolve("图片.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Files.write(folder.resolve("zeros.bin"), new byte[64]);
    Files.write(folder.resolve("空.txt"), new byte[0]);

    IngestReport report =
        ingest.ingestPaths(List.of(folder), Actor.system("test"), IngestListener.NONE);

    assertThat(report.count(Outcome.ADDED)).isEqualTo(2);
    assertThat(report.failures())
        .extracting(FileOutcome::path)
        .containsExactlyInAnyOrder(
            folder.resolve("图片.png").toString(),
            folder.resolve("zeros.bin").toString(),
            folder.resolve("空.txt").toString());
    assertThat(report.failures())
        .allSatisfy(
            f -> assertThat(f.message()).contains(Path.of(f.path()).getFileName().toString()));
    assertThat(jdbc.sql("select count(*) from source_file").query(Integer.class).single())
        .isEqualTo(2);
    assertThat(
            jdbc.sql("select count(*) from ingest_outcome where outcome = 'FAILED'")
                .query(Integer.class)
                .single())
        .isEqualTo(3);
  }

  @Test
  void aFileThatFailsHalfwayThroughLeavesNothingBehind() throws IOException {
    Path bad = write("坏.txt", LedgerFixtures.REPORT);
    Path good = write("好.txt", "2024年示例区重点工作安排\n1.新建养老床位400张。\n");
    AnalyzedDocument report = LedgerFixtures.analyzedReport();
    Fact broken = report.facts().get(1);
    List<Fact> facts =
        List.of(
            report.facts().get(0),
            new Fact(
                broken.quantity().withQualifier(null, broken.start(), broken.end()),
                broken.sentence(),
                broken.measurement(),
                broken.indicator(),
                broken.modality(),
                broken.period(),
                broken.region()));
    AnalyzedDocument failing =
        new AnalyzedDocument(
            report.meta(), report.start(), report.end(), report.outline(), report.tasks(), facts);
    analysis.override(
        source -> source.name().equals("坏.txt") ? List.of(report, failing) : List.of(report));

    IngestReport result =
        ingest.ingestPaths(List.of(bad, good), Actor.system("test"), IngestListener.NONE);

    assertThat(result.failures()).extracting(FileOutcome::path).containsExactly(bad.toString());
    assertThat(result.failures().get(0).message()).contains("nothing of it was kept");
    assertThat(result.count(Outcome.ADDED)).isEqualTo(1);
    assertThat(documents.list(DocumentFilter.ALL))
        .extracting(d -> d.source())
        .containsExactly("好.txt");
    assertThat(this.facts.count(FactFilter.ALL)).isEqualTo(2);
    assertThat(jdbc.sql("select count(*) from outline_node").query(Integer.class).single())
        .isEqualTo(3);
  }

  @Test
  void storedSentencesAreSearchableWithTheWordsMarked() throws IOException {
    write("报告.txt", LedgerFixtures.REPORT);
    ingest.ingestPaths(List.of(folder), Actor.system("test"), IngestListener.NONE);

    SearchResult result = index.search("地区生产总值", NO_FILTER, 10, 0);

    assertThat(result.total()).isEqualTo(2);
    assertThat(result.hits().get(0).snippet()).contains("<mark>地区生产总值</mark>");
    var hit = result.hits().get(0);
    assertThat(LedgerFixtures.REPORT.substring(hit.start(), hit.end()))
        .isEqualTo(hit.snippet().replace("<mark>", "").replace("</mark>", ""));
  }

  @Test
  void findsNamesTheSegmenterCutsDifferentlyWhenTheyStandAlone() throws IOException {
    // smartcn reads 税收 inside 税收收入 as one word but a lone query 税收 as 税/收 (docs/search.md).
    write("税收.txt", "全区税收收入增长8%。综合税收占比提高。\n");
    ingest.ingestPaths(List.of(folder), Actor.system("test"), IngestListener.NONE);

    SearchResult result = index.search("税收", NO_FILTER, 10, 0);

    assertThat(result.total()).isEqualTo(2);
    assertThat(result.hits()).allSatisfy(h -> assertThat(h.snippet()).contains("<mark>税收</mark>"));
  }

  @Test
  void searchFiltersByRegionYearAndType() throws IOException {
    write("报告.txt", LedgerFixtures.REPORT);
    analysis.override(source -> List.of(LedgerFixtures.analyzedReport()));
    ingest.ingestPaths(List.of(folder), Actor.system("test"), IngestListener.NONE);

    assertThat(
            index.search("生产总值", new SearchFilter("示例", 2024, "WORK_REPORT", null), 10, 0).total())
        .isEqualTo(2);
    assertThat(index.search("生产总值", new SearchFilter("长宁区", null, null, null), 10, 0).total())
        .isZero();
    assertThat(index.search("生产总值", new SearchFilter(null, 2023, null, null), 10, 0).total())
        .isZero();
    assertThat(index.search("生产总值", new SearchFilter(null, null, "NEWS", null), 10, 0).total())
        .isZero();
    assertThat(index.search("生产总值 1234.5", NO_FILTER, 10, 0).total()).isEqualTo(1);
  }

  @Test
  void reindexRebuildsTheSearchIndexFromTheDatabase() throws IOException {
    write("报告.txt", LedgerFixtures.REPORT);
    ingest.ingestPaths(List.of(folder), Actor.system("test"), IngestListener.NONE);
    index.deleteAll();
    index.commit();
    assertThat(index.search("地区生产总值", NO_FILTER, 10, 0).total()).isZero();

    assertThat(indexer.rebuild()).isEqualTo(1);

    assertThat(index.search("地区生产总值", NO_FILTER, 10, 0).total()).isEqualTo(2);
  }

  @Test
  void onStartTheIndexTakesWhatItLacksAndDropsWhatTheLedgerNoLongerHolds() throws IOException {
    // issue 12: after an interrupted ingest, 75 of 122 documents could not be found
    write("a.txt", "2024年甲区政府工作报告\n全年新建口袋公园12个。\n");
    write("b.txt", "2024年乙区政府工作报告\n全年新建社区食堂8个。\n");
    ingest.ingestPaths(List.of(folder), Actor.system("test"), IngestListener.NONE);
    long first = documents.ids().get(0);
    long second = documents.ids().get(1);
    index.delete(first);
    index.commit();
    jdbc.sql("delete from document where id = ?").param(second).update();
    index.appliedSeq(-1); // as after a start on an index that does not know the ledger

    SearchIndexer.Result result = indexer.catchUp(SearchIndexer.Progress.NONE);

    assertThat(result).isEqualTo(new SearchIndexer.Result(1, 1, true));
    assertThat(index.documentIds()).containsExactly(first);
    assertThat(index.search("口袋公园", NO_FILTER, 10, 0).total()).isEqualTo(1);
    assertThat(index.search("社区食堂", NO_FILTER, 10, 0).total()).isZero();
  }

  @Test
  void theIndexFollowsTheChangeLogOfDocumentsAddedAndRemoved() throws IOException {
    write("甲.txt", "2024年甲区政府工作报告\n全年新建口袋公园12个。\n");
    ingest.ingestPaths(List.of(folder), Actor.system("test"), IngestListener.NONE);
    long id = documents.ids().get(0);
    long before = index.appliedSeq();

    documentService.delete(id, Actor.system("test"));

    assertThat(index.appliedSeq()).isEqualTo(before + 1);
    assertThat(index.search("口袋公园", NO_FILTER, 10, 0).total()).isZero();
    assertThat(indexer.catchUp(SearchIndexer.Progress.NONE))
        .isEqualTo(new SearchIndexer.Result(0, 0, false));
  }

  @Test
  void skipsFilesThatAreNotDocumentsWithTheReason() throws IOException {
    write(
        "MANIFEST.tsv", "file\tregion\tyear\na.txt\t甲区\t2024\nb.txt\t乙区\t2023\nc.txt\t丙区\t2022\n");
    write("清单.txt", "甲区-2024.txt\n乙区-2023.pdf\n丙区-2022.docx\n");

    IngestReport report =
        ingest.ingestPaths(List.of(folder), Actor.system("test"), IngestListener.NONE);

    assertThat(report.count(Outcome.SKIPPED)).isEqualTo(2);
    assertThat(report.skipped())
        .extracting(FileOutcome::message)
        .anySatisfy(m -> assertThat(m).contains("MANIFEST.tsv").contains("table"))
        .anySatisfy(m -> assertThat(m).contains("清单.txt").contains("list of file names"));
    assertThat(documents.count()).isZero();
  }

  @Test
  void recordsTheRunAndAnAuditEventPerStoredFile() throws IOException {
    writeCorpus();

    IngestReport report = ingest.ingestPaths(List.of(folder), Actor.cli(), IngestListener.NONE);

    assertThat(
            jdbc.sql("select added from ingest_run where id = ?")
                .param(report.runId())
                .query(Integer.class)
                .single())
        .isEqualTo(2);
    assertThat(audit.latest(10))
        .hasSize(2)
        .allSatisfy(
            e -> {
              assertThat(e.actor()).isEqualTo(Actor.cli().name());
              assertThat(e.channel()).isEqualTo(AuditChannel.CLI);
              assertThat(e.action()).isEqualTo("INGEST");
            });
  }

  @Test
  void aTextTooLongToAnalyseAheadStoresEveryFactItsAnalysisFindsInOrder() throws IOException {
    // issue 12: a long document's facts go to the database in batches as they are found
    String text = composed(IngestService.ANALYSED_AHEAD + 1);
    Path file = write("长文.txt", text);
    List<Integer> found =
        new DocumentAnalyzer()
            .analyze(new SourceText("长文.txt", text)).stream()
                .flatMap(d -> d.facts().stream())
                .map(Fact::start)
                .toList();

    IngestReport report =
        ingest.ingestPaths(List.of(file), Actor.system("test"), IngestListener.NONE);

    assertThat(report.count(Outcome.ADDED)).isEqualTo(1);
    assertThat(found).hasSizeGreaterThan(10 * StoringSink.BATCH);
    assertThat(jdbc.sql("select start_pos from fact order by id").query(Integer.class).list())
        .isEqualTo(found);
    assertThat(jdbc.sql("select sum(fact_count) from document").query(Long.class).single())
        .isEqualTo(found.size());
  }

  @Test
  void aLongTextWhoseAnalysisFailsWhileItIsStoredLeavesNothingBehind() throws IOException {
    Path file = write("长文.txt", composed(IngestService.ANALYSED_AHEAD + 1));
    analysis.override(
        source -> {
          throw new IllegalStateException("测试中的分析故障");
        });

    IngestReport report =
        ingest.ingestPaths(List.of(file), Actor.system("test"), IngestListener.NONE);

    assertThat(report.failures())
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("cannot analyse " + file)
                    .contains("测试中的分析故障")
                    .contains("the ledger is unchanged"));
    assertThat(jdbc.sql("select count(*) from source_file").query(Integer.class).single()).isZero();
    assertThat(documents.count()).isZero();
  }

  /**
   * A report of at least {@code chars} chars of invented places and figures, a paragraph a line.
   */
  private static String composed(int chars) {
    String[] places = {"临江区", "清河区", "东湖区"};
    String[] indicators = {"地区生产总值", "一般公共预算收入", "新增就业岗位", "养老床位"};
    String[] units = {"亿元", "万元", "个", "张"};
    Random random = new Random(12);
    StringBuilder text = new StringBuilder("临江区2024年政府工作报告\n");
    while (text.length() < chars) {
      text.append(places[random.nextInt(places.length)])
          .append(2015 + random.nextInt(11))
          .append("年")
          .append(indicators[random.nextInt(indicators.length)])
          .append("达到")
          .append(1 + random.nextInt(9999))
          .append(units[random.nextInt(units.length)])
          .append("，比上年增长")
          .append(random.nextInt(200) / 10.0)
          .append(random.nextInt(5) == 0 ? "%。\n" : "%。");
    }
    return text.toString();
  }
}
