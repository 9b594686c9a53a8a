package org.duban.app.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.duban.app.audit.Actor;
import org.duban.app.document.DocumentService;
import org.duban.app.fact.FactFilter;
import org.duban.app.fact.FactRepository;
import org.duban.app.fact.StoredFact;
import org.duban.app.ingest.IngestReport;
import org.duban.app.ingest.IngestService;
import org.duban.app.ledger.LedgerFixtures;
import org.duban.core.target.IndicatorCatalogue;
import org.duban.core.text.SourceText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Links kept up to date as documents come and go, on every database the ledger runs on. */
abstract class TargetLinksContract {

  private static final Actor TEST = Actor.system("test");
  private static final TargetQuery.Filter SAMPLE =
      new TargetQuery("东湖区", null, null, null, null).toFilter();

  @Autowired IngestService ingest;
  @Autowired DocumentService documents;
  @Autowired FactRepository facts;
  @Autowired TargetQueries targets;
  @Autowired TargetLinks links;
  @Autowired LedgerFixtures fixtures;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void emptyLedger() {
    fixtures.clear();
  }

  private IngestReport ingest(SourceText... texts) {
    return ingest.ingestTexts(List.of(texts), TEST);
  }

  /** The rows as a reader compares them: which figure, which result, what verdict. */
  private List<String> rows() {
    List<String> rows = new ArrayList<>();
    for (TargetRow r : targets.find(SAMPLE, 1000, 0)) {
      rows.add(
          r.period()
              + " "
              + r.indicator()
              + " "
              + r.target().doc()
              + "@"
              + r.target().start()
              + " -> "
              + (r.result() == null ? "" : r.result().doc() + "@" + r.result().start())
              + " "
              + r.verdict());
    }
    return rows;
  }

  private String verdictOf(String period, String indicatorId) {
    return targets.find(SAMPLE, 1000, 0).stream()
        .filter(r -> period.equals(r.period()) && indicatorId.equals(r.indicatorId()))
        .map(TargetRow::verdict)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aNewReportSettlesLastYearsTargets() {
    SourceText[] series = ComposedReports.series("东湖区");
    ingest(series[0]);
    assertThat(verdictOf("2024", "gdp")).isEqualTo("pending");

    ingest(series[1]);

    assertThat(verdictOf("2024", "gdp")).isEqualTo("met");
    assertThat(verdictOf("2024", "unemployment-surveyed")).isEqualTo("met");
    assertThat(verdictOf("2024", "cpi")).isEqualTo("met");
    assertThat(verdictOf("2024", "energy-intensity")).isEqualTo("missed");
    assertThat(verdictOf("2024", "fiscal-revenue-district")).isEqualTo("no_result");
    assertThat(verdictOf("2025", "gdp")).isEqualTo("pending");
    TargetRow gdp =
        targets.find(SAMPLE, 1000, 0).stream()
            .filter(r -> "2024".equals(r.period()) && "gdp".equals(r.indicatorId()))
            .findFirst()
            .orElseThrow();
    assertThat(gdp.target().written()).isEqualTo("6%左右");
    assertThat(gdp.result().text()).isEqualTo("5.8%");
    assertThat(gdp.result().doc()).isEqualTo("东湖区-2025.txt");
    assertThat(gdp.sense()).isEqualTo("floor");
    assertThat(gdp.verdictLabel()).isEqualTo("达成");
  }

  @Test
  void theOrderOfIngestChangesNoRow() {
    SourceText[] series = ComposedReports.series("东湖区");
    ingest(series[0]);
    ingest(series[1]);
    List<String> inYearOrder = rows();

    fixtures.clear();
    ingest(series[1]);
    ingest(series[0]);

    assertThat(rows()).isEqualTo(inYearOrder).isNotEmpty();
  }

  @Test
  void deletingTheReportReopensItsTargetsAndOthersStay() {
    SourceText[] series = ComposedReports.series("东湖区");
    ingest(series[0]);
    long later = ingest(series[1]).files().get(0).documentIds().get(0);
    ingest(ComposedReports.series("西岭区"));
    long elsewhere = targets.count(new TargetQuery("西岭区", null, null, "met", null).toFilter());

    documents.delete(later, TEST);

    assertThat(verdictOf("2024", "gdp")).isEqualTo("pending");
    assertThat(targets.count(new TargetQuery("东湖区", "2025", null, null, null).toFilter())).isZero();
    assertThat(targets.count(new TargetQuery("西岭区", null, null, "met", null).toFilter()))
        .isEqualTo(elsewhere)
        .isPositive();
  }

  @Test
  void everyFactCarriesItsCatalogueIndicator() {
    ingest(ComposedReports.series("东湖区"));

    List<StoredFact> stored = facts.find(FactFilter.ALL, 100, 0);
    assertThat(stored)
        .filteredOn(f -> List.of("地区生产总值", "生产总值", "经济增长").contains(f.indicator()))
        .isNotEmpty()
        .allMatch(f -> "gdp".equals(f.indicatorId()));
    assertThat(stored)
        .filteredOn(f -> "城镇调查失业率".equals(f.indicator()))
        .isNotEmpty()
        .allMatch(f -> "unemployment-surveyed".equals(f.indicatorId()));
    assertThat(stored)
        .filteredOn(f -> "单位地区生产总值能耗".equals(f.indicator()))
        .isNotEmpty()
        .allMatch(f -> "energy-intensity".equals(f.indicatorId()));
  }

  @Test
  void anotherCatalogueRecomputesIdsAndLinksAtStart() {
    ingest(ComposedReports.series("东湖区"));
    jdbc.sql("update fact set indicator_id = null").update();
    jdbc.sql("delete from target_link").update();
    jdbc.sql("update target_link_state set catalogue_version = 'older'").update();

    links.onStart();

    assertThat(verdictOf("2024", "gdp")).isEqualTo("met");
    assertThat(
            jdbc.sql("select catalogue_version from target_link_state")
                .query(String.class)
                .single())
        .isEqualTo(IndicatorCatalogue.get().version());
    assertThat(
            jdbc.sql("select count(*) from fact where indicator_id = 'gdp'")
                .query(Long.class)
                .single())
        .isPositive();
  }
}
