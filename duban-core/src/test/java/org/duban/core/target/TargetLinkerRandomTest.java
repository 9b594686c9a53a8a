package org.duban.core.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.duban.core.fact.Direction;
import org.duban.core.fact.Fact;
import org.duban.core.fact.Measure;
import org.duban.core.fact.Modality;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.meta.DocumentType;
import org.duban.core.meta.JurisdictionLevel;
import org.duban.core.pipeline.AnalyzedDocument;
import org.duban.core.quantity.Qualifier;
import org.duban.core.testing.RandomText;
import org.junit.jupiter.api.Test;

/** Garbage labels, periods and values neither break the linker nor produce impossible links. */
class TargetLinkerRandomTest {

  private static final String[] LABELS = {"地区生产总值", "城镇调查失业率", "居民消费价格涨幅", "新建口袋公园", null, ""};
  private static final String[] PERIODS = {"2023", "2024", "2021-2025", "20x4", null, "2024-"};

  @Test
  void everyTargetGetsARowAndEveryResultIsALaterActualFigure() {
    Random random = new Random(5);
    for (int round = 0; round < 200; round++) {
      List<TrackedDocument> documents = new ArrayList<>();
      Map<String, Integer> yearOf = new HashMap<>();
      int targets = 0;
      for (int d = 0; d < 1 + random.nextInt(4); d++) {
        Integer year = random.nextInt(5) == 0 ? null : 2022 + random.nextInt(4);
        List<Fact> facts = new ArrayList<>();
        for (int f = 0; f < random.nextInt(8); f++) {
          Fact fact = randomFact(random, f * 20);
          targets += fact.modality() == Modality.TARGET ? 1 : 0;
          facts.add(fact);
        }
        String key = "doc" + d;
        yearOf.put(key, year);
        documents.add(
            new TrackedDocument(
                key,
                new AnalyzedDocument(
                    new DocumentMeta(
                        null,
                        DocumentType.WORK_REPORT,
                        random.nextBoolean() ? "示例区" : null,
                        JurisdictionLevel.UNKNOWN,
                        year,
                        null,
                        null),
                    0,
                    1000,
                    List.of(),
                    List.of(),
                    facts)));
      }
      List<Link> links = Figures.linksOf(documents);
      assertThat(links.size()).isGreaterThanOrEqualTo(targets);
      for (Link link : links) {
        assertThat(link.target().modality()).isEqualTo(Modality.TARGET);
        if (link.result() != null) {
          assertThat(link.result().modality()).isEqualTo(Modality.ACTUAL);
          assertThat(link.resultDocument()).isNotEqualTo(link.targetDocument());
          assertThat(yearOf.get(link.resultDocument())).isNotNull();
          assertThat(link.verdict()).isIn(Verdict.MET, Verdict.MISSED);
        } else {
          assertThat(link.verdict()).isIn(Verdict.NO_RESULT, Verdict.PENDING);
        }
      }
    }
  }

  private static Fact randomFact(Random random, int start) {
    String label =
        random.nextInt(3) == 0 ? RandomText.of(random, 12) : LABELS[random.nextInt(LABELS.length)];
    Qualifier q = Qualifier.values()[random.nextInt(Qualifier.values().length)];
    double value = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 100 - 10;
    return Fact.stored(
        start,
        start + 3,
        "1%",
        value,
        "%",
        value,
        random.nextBoolean() ? "%" : random.nextBoolean() ? "人" : null,
        q == Qualifier.RANGE && random.nextBoolean() ? value + 1 : null,
        q,
        Measure.values()[random.nextInt(Measure.values().length)],
        random.nextBoolean() ? Direction.values()[random.nextInt(2)] : null,
        label,
        random.nextBoolean() ? Modality.TARGET : Modality.ACTUAL,
        PERIODS[random.nextInt(PERIODS.length)],
        random.nextInt(4) == 0 ? null : "示例区",
        start,
        start + 10);
  }
}
