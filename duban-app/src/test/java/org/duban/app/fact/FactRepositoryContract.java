package org.duban.app.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.duban.app.document.DocumentRepository;
import org.duban.app.ledger.LedgerFixtures;
import org.duban.core.fact.Fact;
import org.duban.core.fact.Measure;
import org.duban.core.fact.Modality;
import org.duban.core.pipeline.AnalyzedDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What the fact table must do on every database the ledger runs on. */
abstract class FactRepositoryContract {

  @Autowired DocumentRepository documents;
  @Autowired FactRepository facts;
  @Autowired LedgerFixtures fixtures;

  long documentId;

  @BeforeEach
  void storeReport() {
    fixtures.clear();
    AnalyzedDocument report = LedgerFixtures.analyzedReport();
    long source = documents.insertSource("示例区-2024.txt", "hash-2", LedgerFixtures.REPORT);
    documentId = documents.insertDocument(source, 0, report);
    facts.insertAll(documentId, report.facts());
  }

  private static FactFilter filter(
      String region,
      String indicator,
      String period,
      String modality,
      String measure,
      String document) {
    return new FactQuery(region, indicator, period, modality, measure, document).toFilter();
  }

  private List<StoredFact> find(FactFilter filter) {
    return facts.find(filter, 100, 0);
  }

  @Test
  void keepsEveryFieldOfTheSpecWithTheDocument() {
    StoredFact gdp = find(FactFilter.ALL).get(0);

    int start = LedgerFixtures.REPORT.indexOf("1234.5亿元");
    assertThat(gdp.documentId()).isEqualTo(documentId);
    assertThat(gdp.doc()).isEqualTo("示例区-2024.txt");
    assertThat(gdp.start()).isEqualTo(start);
    assertThat(gdp.end()).isEqualTo(start + "1234.5亿元".length());
    assertThat(gdp.text()).isEqualTo("1234.5亿元");
    assertThat(gdp.value()).hasToString("1234.5");
    assertThat(gdp.unit()).isEqualTo("亿元");
    assertThat(gdp.normValue().toPlainString()).isEqualTo("123450000000");
    assertThat(gdp.normUnit()).isEqualTo("CNY");
    assertThat(gdp.normHigh()).isNull();
    assertThat(gdp.qualifier()).isEqualTo("exact");
    assertThat(gdp.measure()).isEqualTo("VALUE");
    assertThat(gdp.direction()).isNull();
    assertThat(gdp.indicator()).isEqualTo("地区生产总值");
    assertThat(gdp.indicatorId()).isEqualTo("gdp");
    assertThat(gdp.modality()).isEqualTo("ACTUAL");
    assertThat(gdp.period()).isEqualTo("2023");
    assertThat(gdp.region()).isEqualTo("示例区");
    assertThat(LedgerFixtures.REPORT.substring(gdp.sentenceStart(), gdp.sentenceEnd()))
        .isEqualTo("全年实现地区生产总值1234.5亿元，同比增长6.2%。");
  }

  @Test
  void filtersByRegionIndicatorPeriodModalityMeasureAndDocument() {
    assertThat(find(filter("示例", null, null, null, null, null))).hasSize(2);
    assertThat(find(filter("上海市示例区", null, null, null, null, null))).hasSize(2);
    assertThat(find(filter("长宁区", null, null, null, null, null))).isEmpty();
    assertThat(find(filter(null, "生产总", null, null, null, null))).hasSize(2);
    assertThat(find(filter(null, "%", null, null, null, null))).isEmpty();
    assertThat(find(filter(null, null, "2024", null, null, null)))
        .extracting(StoredFact::text)
        .containsExactly("5%左右");
    assertThat(find(new FactFilter(null, null, null, Modality.ACTUAL, null, null)))
        .extracting(StoredFact::text)
        .containsExactly("1234.5亿元");
    assertThat(find(new FactFilter(null, null, null, null, Measure.CHANGE, null)))
        .extracting(StoredFact::direction)
        .containsExactly("up");
    assertThat(find(filter(null, null, null, null, null, String.valueOf(documentId + 1))))
        .isEmpty();
    assertThat(facts.count(filter("示例区", "地区生产总值", "2023", "actual", "value", null))).isEqualTo(1);
  }

  @Test
  void findsAnIndicatorUnderItsCatalogueIdAndAnyAlias() {
    // issue 9: 生产总值, 经济增长 and GDP are the 地区生产总值 of the catalogue.
    assertThat(find(filter(null, "gdp", null, null, null, null))).hasSize(2);
    assertThat(find(filter(null, "经济增长", null, null, null, null))).hasSize(2);
    assertThat(find(filter(null, "城镇调查失业率", null, null, null, null))).isEmpty();
  }

  @Test
  void dropsFloatingPointNoiseFromNormalisedValues() {
    var noisy =
        LedgerFixtures.fact(
            0,
            "2286.2亿元",
            2286.2,
            "亿元",
            2286.2 * 1e8,
            "CNY",
            null,
            org.duban.core.quantity.Qualifier.EXACT,
            Measure.VALUE,
            null,
            "地区生产总值",
            Modality.ACTUAL,
            "2023",
            "示例区",
            0,
            10);
    facts.insertAll(documentId, List.of(noisy));

    StoredFact stored = facts.find(filter(null, null, null, null, null, null), 10, 0).get(0);

    assertThat(stored.normValue().toPlainString()).isEqualTo("228620000000");
  }

  @Test
  void pagesThroughFactsInDocumentOrder() {
    assertThat(facts.find(FactFilter.ALL, 1, 0))
        .extracting(StoredFact::text)
        .containsExactly("1234.5亿元");
    assertThat(facts.find(FactFilter.ALL, 1, 1))
        .extracting(StoredFact::text)
        .containsExactly("5%左右");
  }

  @Test
  void streamsEveryMatchingFactInDocumentOrderPastTheFetchSize() {
    // issue 12: the CSV export stopped silently at 200,000 rows; a stream has no such cap.
    Fact template = LedgerFixtures.analyzedReport().facts().get(0);
    List<Fact> many = new ArrayList<>();
    for (int i = 0; i < 2_500; i++) {
      many.add(
          LedgerFixtures.fact(
              1_000 + i * 10,
              template.text(),
              template.value(),
              template.unit(),
              template.normValue(),
              template.normUnit(),
              null,
              template.qualifier(),
              template.measure(),
              null,
              template.indicator(),
              template.modality(),
              "2022",
              template.region(),
              template.sentenceStart(),
              template.sentenceEnd()));
    }
    facts.insertAll(documentId, many);
    FactFilter filter = filter(null, null, "2022", null, null, null);

    List<StoredFact> streamed = new ArrayList<>();
    facts.stream(filter, streamed::add);

    assertThat(streamed).hasSize(2_500).hasSize((int) facts.count(filter));
    assertThat(streamed).extracting(StoredFact::start).isSorted();
  }

  @Test
  void countsDistinctRegionsAndIndicators() {
    assertThat(facts.regions()).containsExactly(new ValueCount("示例区", 2));
    assertThat(facts.indicators()).containsExactly(new ValueCount("地区生产总值", 2));
  }
}
