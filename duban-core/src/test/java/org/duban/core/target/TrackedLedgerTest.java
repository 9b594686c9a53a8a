package org.duban.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duban.core.target.Figures.report;
import static org.duban.core.target.Figures.result;
import static org.duban.core.target.Figures.target;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.duban.core.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * A ledger read in passes links as the same documents held in memory, and reads a document again
 * only when another document's targets could use its results.
 */
class TrackedLedgerTest {

  private static final TargetLinker LINKER = new TargetLinker(IndicatorCatalogue.get());

  /** The documents as a ledger that counts how often each is read and which facts it gives. */
  private static final class Counting implements TrackedLedger {
    private final List<TrackedDocument> documents;
    final Map<String, Integer> reads = new HashMap<>();

    Counting(List<TrackedDocument> documents) {
      this.documents = documents;
    }

    @Override
    public List<Document> documents() {
      List<Document> heads = new ArrayList<>();
      for (TrackedDocument d : documents) {
        heads.add(
            new Document(d.key(), d.document().meta().jurisdiction(), d.document().meta().year()));
      }
      return heads;
    }

    @Override
    public void facts(String key, Facts sink) {
      reads.merge(key, 1, Integer::sum);
      for (TrackedDocument d : documents) {
        if (d.key().equals(key)) {
          List<Fact> facts = d.document().facts();
          for (int i = 0; i < facts.size(); i++) {
            sink.fact(1000L * key.hashCode() + i, facts.get(i));
          }
        }
      }
    }
  }

  private record Given(Link link, long target, Long result) {}

  private static List<Given> linked(Counting ledger) {
    List<Given> given = new ArrayList<>();
    LINKER.link(ledger, (link, target, result) -> given.add(new Given(link, target, result)));
    return given;
  }

  @Test
  void randomReportsLinkAsInMemoryWithTheNumbersOfTheirFacts() {
    Random random = new Random(12);
    String[] labels = {"地区生产总值", "城镇调查失业率", "居民消费价格涨幅", "城乡居民人均可支配收入", "新建口袋公园", "万元", null};
    String[] periods = {"2023", "2024", "2025", "2021-2025", null};
    int compared = 0;
    for (int round = 0; round < 300; round++) {
      List<TrackedDocument> documents = new ArrayList<>();
      for (int d = 0; d < 1 + random.nextInt(4); d++) {
        List<Fact> facts = new ArrayList<>();
        int start = 0;
        for (int s = 0; s < random.nextInt(6); s++) {
          int sentence = start;
          for (int f = 0; f < 1 + random.nextInt(3); f++) {
            start += 10;
            Figures.Builder b =
                (random.nextBoolean()
                        ? target(labels[random.nextInt(labels.length)])
                        : result(labels[random.nextInt(labels.length)]))
                    .at(start)
                    .inSentence(sentence)
                    .period(periods[random.nextInt(periods.length)])
                    .region(random.nextInt(4) == 0 ? null : random.nextBoolean() ? "示例区" : "东湖区");
            b =
                random.nextBoolean()
                    ? b.grows(random.nextInt(12))
                    : b.level(random.nextInt(9) + 1, "%", "5%");
            facts.add(b.build());
          }
          start += 10;
        }
        documents.add(
            report(
                "doc" + d,
                random.nextBoolean() ? "示例区" : "东湖区",
                2023 + random.nextInt(4),
                facts.toArray(Fact[]::new)));
      }
      List<Link> inMemory = LINKER.link(documents);
      List<Given> given = linked(new Counting(documents));
      assertThat(given.stream().map(Given::link).toList()).isEqualTo(inMemory);
      for (Given g : given) {
        assertThat(g.result() == null).isEqualTo(g.link().result() == null);
        assertThat(factOf(documents, g.link().targetDocument(), g.target()))
            .isSameAs(g.link().target());
        if (g.result() != null) {
          assertThat(factOf(documents, g.link().resultDocument(), g.result()))
              .isSameAs(g.link().result());
        }
      }
      compared += inMemory.size();
    }
    assertThat(compared).isGreaterThan(300);
  }

  private static Fact factOf(List<TrackedDocument> documents, String key, long number) {
    int index = (int) (number - 1000L * key.hashCode());
    return documents.stream()
        .filter(d -> d.key().equals(key))
        .findFirst()
        .orElseThrow()
        .document()
        .facts()
        .get(index);
  }

  @Test
  void aReportAloneIsReadForItsTargetsOnlyNeverForResults() {
    Counting ledger =
        new Counting(
            List.of(
                report(
                    "only",
                    "示例区",
                    2024,
                    result("地区生产总值").grows(5.2).period("2023").at(100).build(),
                    target("地区生产总值").grows(6).period("2024").at(300).build())));

    List<Given> given = linked(ledger);

    assertThat(given).hasSize(1);
    assertThat(given.get(0).link().verdict()).isEqualTo(Verdict.PENDING);
    // Once for what the targets need, once to judge them: its results can answer no one.
    assertThat(ledger.reads).isEqualTo(Map.of("only", 2));
  }

  @Test
  void aReportWithoutTargetsIsReadForResultsButNotJudged() {
    Counting ledger =
        new Counting(
            List.of(
                report("a", "示例区", 2024, target("地区生产总值").grows(6).period("2024").build()),
                report("b", "示例区", 2025, result("地区生产总值").grows(6.1).period("2024").build()),
                report("c", "示例区", 2023, target("地区生产总值").grows(5).period("2023").build())));

    List<Given> given = linked(ledger);

    assertThat(given)
        .extracting(g -> g.link().verdict())
        .containsExactly(Verdict.MET, Verdict.NO_RESULT);
    // a and c: needs, results, targets; b: needs and results, no targets to judge.
    assertThat(ledger.reads).isEqualTo(Map.of("a", 3, "b", 2, "c", 3));
  }

  @Test
  void aReportWithoutAYearAnswersNoTargetSoIsNotReadForResults() {
    Counting ledger =
        new Counting(
            List.of(
                report("a", "示例区", 2024, target("地区生产总值").grows(6).period("2024").build()),
                new TrackedDocument(
                    "b",
                    new org.duban.core.pipeline.AnalyzedDocument(
                        new org.duban.core.meta.DocumentMeta(
                            null,
                            org.duban.core.meta.DocumentType.WORK_REPORT,
                            "示例区",
                            org.duban.core.meta.JurisdictionLevel.DISTRICT,
                            null,
                            null,
                            null),
                        0,
                        100,
                        List.of(),
                        List.of(),
                        List.of(result("地区生产总值").grows(6.1).period("2024").build())))));

    linked(ledger);

    assertThat(ledger.reads).isEqualTo(Map.of("a", 2, "b", 1));
  }
}
