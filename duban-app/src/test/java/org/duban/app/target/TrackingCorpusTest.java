package org.duban.app.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.duban.app.audit.Actor;
import org.duban.app.ingest.IngestListener;
import org.duban.app.ingest.IngestService;
import org.duban.app.ledger.LedgerFixtures;
import org.duban.app.ledger.LedgerJdbcTest;
import org.duban.core.fact.Measure;
import org.duban.core.fact.Modality;
import org.duban.core.target.IndicatorCatalogue;
import org.duban.core.target.RegionKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * Tracking over real report series of the shared corpus (issue 9); skipped without ../shared. The
 * expected figures are not written here: the test checks what must hold whatever they are.
 */
@LedgerJdbcTest
@Import({TargetLinks.class, LedgerDocuments.class, TargetQueries.class, Charts.class})
class TrackingCorpusTest {

  private static final Actor TEST = Actor.system("test");

  @Autowired IngestService ingest;
  @Autowired TargetQueries targets;
  @Autowired Charts charts;
  @Autowired LedgerFixtures fixtures;

  @BeforeEach
  void emptyLedger() {
    fixtures.clear();
  }

  /** One ingest run per file, in the given order, as reports arrive one a year. */
  private void ingestOneByOne(List<Path> files) {
    for (Path file : files) {
      assertThat(ingest.ingestPaths(List.of(file), TEST, IngestListener.NONE).failures()).isEmpty();
    }
  }

  private List<String> rows(String region) {
    List<String> rows = new ArrayList<>();
    for (TargetRow r :
        targets.find(new TargetQuery(region, null, null, null, null).toFilter(), 10_000, 0)) {
      rows.add(
          r.period()
              + " "
              + r.indicator()
              + " "
              + r.target().doc()
              + "@"
              + r.target().start()
              + " -> "
              + (r.result() == null ? "-" : r.result().doc() + "@" + r.result().start())
              + " "
              + r.verdict());
    }
    return rows;
  }

  @Test
  void aDistrictsReportsGiveTheSameRowsInAnyOrderAndSettleEveryYearButTheLast() {
    List<Path> series =
        SharedCorpus.extra(n -> n.matches("neimenggu-hulunbeier-hailaerqu_20\\d\\d_zfgzbg\\.txt"));
    String region = "海拉尔区";
    ingestOneByOne(series);
    List<String> inYearOrder = rows(region);
    assertThat(inYearOrder).isNotEmpty();

    List<Path> reversed = new ArrayList<>(series);
    Collections.reverse(reversed);
    List<Path> shuffled = new ArrayList<>(series);
    Collections.shuffle(shuffled, new Random(9));
    for (List<Path> order : List.of(reversed, shuffled)) {
      fixtures.clear();
      ingestOneByOne(order);
      assertThat(rows(region)).as("ingested as %s", order).isEqualTo(inYearOrder);
    }

    // Every year's targets but the last are answered by the next report: none may wait for one.
    String last =
        inYearOrder.stream().map(r -> r.substring(0, 4)).max(String::compareTo).orElseThrow();
    assertThat(inYearOrder)
        .filteredOn(r -> !r.startsWith(last))
        .noneMatch(r -> r.endsWith(" pending"));
    assertThat(inYearOrder)
        .filteredOn(r -> r.startsWith(last))
        .allMatch(r -> r.endsWith(" pending"));
    assertThat(inYearOrder).anyMatch(r -> r.endsWith(" met")).anyMatch(r -> r.endsWith(" missed"));
  }

  @Test
  void theProvincesGrowthTargetsOfOneYearCompareOnOneScale() throws IOException {
    List<Path> reports =
        SharedCorpus.extra(
            n -> n.matches(".*(省|市|自治区)_2026_zfgzbg\\.txt") && !n.startsWith("quanguo"));
    ingest.ingestPaths(reports, TEST, IngestListener.NONE);

    // Any name of the indicator asks for the same thing: 地区生产总值, 生产总值, 经济增长.
    for (String name : List.of("gdp", "地区生产总值", "生产总值", "经济增长", "GDP")) {
      Comparison c =
          charts.compare(
              IndicatorCatalogue.get().find(name).orElseThrow(),
              Measure.CHANGE,
              "2026",
              Modality.TARGET);

      assertThat(c.values()).as(name).hasSize(reports.size());
      Set<String> places = new HashSet<>();
      for (Comparison.Value v : c.values()) {
        assertThat(places.add(RegionKey.of(v.region()))).as(v.region()).isTrue();
        LinkedFigure f = v.figure();
        // Each province's figure comes from its own report, and its span holds its text.
        assertThat(f.doc()).startsWith(v.region());
        String text =
            Files.readString(reports.get(0).resolveSibling(f.doc()), StandardCharsets.UTF_8);
        int from = text.offsetByCodePoints(0, f.start());
        assertThat(text.substring(from, text.offsetByCodePoints(from, f.end() - f.start())))
            .isEqualTo(f.text());
        String sentence =
            text.substring(
                text.offsetByCodePoints(0, f.sentenceStart()),
                text.offsetByCodePoints(0, f.sentenceEnd()));
        assertThat(sentence).containsAnyOf("生产总值", "经济增长");
        assertThat(f.value().doubleValue()).isBetween(3.0, 10.0);
        if ("range".equals(f.qualifier())) {
          assertThat(f.high()).isGreaterThan(f.value());
        } else {
          assertThat(f.high()).isNull();
        }
      }
    }
  }
}
