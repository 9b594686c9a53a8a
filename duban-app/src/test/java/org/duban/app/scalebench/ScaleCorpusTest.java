package org.duban.app.scalebench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.duban.core.text.SourceText;
import org.junit.jupiter.api.Test;

class ScaleCorpusTest {

  private final ScaleCorpus corpus =
      new ScaleCorpus(
          List.of(
              new SourceText("a.txt", "2024年临江区政府工作报告\n2024年1月12日\n2023年增长5%，2000人。"),
              new SourceText("b.txt", "清河区2024年重点工作（2月20日）：新建绿地8公顷。")));

  @Test
  void eachDocumentIsItsSampleAtARealPlaceAndYear() {
    SourceText first = corpus.document(0);
    assertThat(first.text()).isEqualTo("2005年东城区政府工作报告\n2005年1月12日\n2004年增长5%，2000人。");
    SourceText second = corpus.document(1);
    assertThat(second.text()).isEqualTo("东城区2005年重点工作（2月20日）：新建绿地8公顷。");
    assertThat(corpus.document(2).text()).startsWith("2005年西城区");
    long nextYear = 2L * ScaleCorpus.PLACES.size();
    assertThat(corpus.document(nextYear).text()).startsWith("2006年东城区");
  }

  @Test
  void noTwoDocumentsAreTheSameFile() {
    long round = 2L * ScaleCorpus.PLACES.size() * 20;
    Set<String> texts = new HashSet<>();
    for (long i : new long[] {0, 1, 2, round, round + 1, 2 * round, 27 * round}) {
      assertThat(texts.add(corpus.document(i).text())).as("document %d", i).isTrue();
    }
    assertThat(corpus.document(round).text()).contains("1月13日");
    assertThat(corpus.capacity()).isEqualTo(28 * round);
    assertThatThrownBy(() -> corpus.document(corpus.capacity()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSampleWithoutADateIsRefused() {
    assertThatThrownBy(() -> new ScaleCorpus(List.of(new SourceText("c.txt", "临江区2024年。"))))
        .hasMessageContaining("c.txt");
  }

  @Test
  void theShippedSamplesMakeAtLeastSixtyThousandDocuments() {
    assertThat(ScaleCorpus.shipped().capacity()).isGreaterThanOrEqualTo(60_000);
  }
}
