package org.duban.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.duban.app.document.ReaderSegments.Segment;
import org.duban.app.fact.StoredFact;
import org.junit.jupiter.api.Test;

class ReaderSegmentsTest {

  private static StoredFact fact(int start, int end) {
    BigDecimal one = BigDecimal.ONE;
    return new StoredFact(
        1, 1, "f.txt", start, end, "x", one, "", one, "", null, "exact", "VALUE", null, null, null,
        "ACTUAL", null, null, start, end);
  }

  private static String joined(List<Segment> segments) {
    StringBuilder b = new StringBuilder();
    segments.forEach(s -> b.append(s.text()));
    return b.toString();
  }

  @Test
  void marksFactsAndTheHitSentenceAtTheirFileOffsets() {
    // The document starts 3 code points into its file: "页眉\n".
    StoredText text = new StoredText("页眉\n全年增长6.2%，新增𠀾户3家。", 3, 19);
    List<StoredFact> facts = List.of(fact(15, 17), fact(7, 11));

    List<Segment> segments = ReaderSegments.of(text, facts, 3, 12);

    assertThat(joined(segments)).isEqualTo(text.documentText());
    assertThat(segments)
        .filteredOn(s -> s.fact() >= 0)
        .extracting(Segment::text, Segment::fact)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("6.2%", 1),
            org.assertj.core.groups.Tuple.tuple("户3", 0));
    assertThat(segments).filteredOn(Segment::hitStart).extracting(Segment::text).hasSize(1);
    assertThat(segments.get(0).text()).isEqualTo("全年增长");
    assertThat(segments.get(0).hit()).isTrue();
  }

  @Test
  void anchorsTheOutlineNodesWhereTheyStart() {
    StoredText text = new StoredText("一、回顾\n全年增长6%。\n二、任务\n", 0, 18);

    List<Segment> segments = ReaderSegments.of(text, List.of(fact(9, 11)), -1, -1, List.of(2, 15));

    assertThat(joined(segments)).isEqualTo(text.documentText());
    assertThat(segments)
        .filteredOn(s -> s.anchor() >= 0)
        .extracting(s -> s.text().substring(0, 2), Segment::anchor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("回顾", 0),
            org.assertj.core.groups.Tuple.tuple("任务", 1));
  }

  @Test
  void overlappingOrOutOfRangeFactsAreNotMarkedTwice() {
    StoredText text = new StoredText("增长百分之五到百分之六", 0, 11);
    List<StoredFact> facts = List.of(fact(2, 11), fact(6, 11), fact(20, 25));

    List<Segment> segments = ReaderSegments.of(text, facts, -1, -1);

    assertThat(segments).filteredOn(s -> s.fact() >= 0).hasSize(1);
    assertThat(joined(segments)).isEqualTo("增长百分之五到百分之六");
  }

  @Test
  void randomSpansNeverLoseOrDuplicateText() {
    Random random = new Random(5);
    for (int round = 0; round < 200; round++) {
      StringBuilder s = new StringBuilder();
      int n = random.nextInt(40);
      for (int i = 0; i < n; i++) {
        s.appendCodePoint(random.nextInt(10) == 0 ? 0x2003E : 0x4E00 + random.nextInt(50));
      }
      String file = s.toString();
      int length = file.codePointCount(0, file.length());
      int start = length == 0 ? 0 : random.nextInt(length);
      StoredText text = new StoredText(file, start, length);
      List<StoredFact> facts =
          List.of(
              fact(random.nextInt(60) - 10, random.nextInt(60) - 10),
              fact(random.nextInt(60), random.nextInt(60)));
      int from = random.nextInt(60) - 10;

      List<Segment> segments = ReaderSegments.of(text, facts, from, from + random.nextInt(20));

      assertThat(joined(segments)).isEqualTo(text.documentText());
    }
  }
}
