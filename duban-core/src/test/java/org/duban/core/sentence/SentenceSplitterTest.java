package org.duban.core.sentence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.duban.core.testing.RandomText;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  @Test
  void cutsAtFullStopsSemicolonsAndLineBreaks() {
    String text = "全年地区生产总值增长6%。区级财政收入增长5%；新增就业3万个\n二、主要任务";
    assertThat(splitter.split(text))
        .extracting(s -> s.in(text))
        .containsExactly("全年地区生产总值增长6%。", "区级财政收入增长5%；", "新增就业3万个", "二、主要任务");
  }

  @Test
  void leavesNoBlankSentences() {
    assertThat(splitter.split("  \n\n。 \n"))
        .extracting(s -> s.in("  \n\n。 \n"))
        .containsExactly("。");
  }

  @Test
  void randomInputStaysInsideTheTextInOrder() {
    Random random = new Random(5);
    for (int round = 0; round < 2000; round++) {
      String text = RandomText.of(random, 100);
      List<Sentence> sentences = splitter.split(text);
      int end = 0;
      for (Sentence s : sentences) {
        assertThat(s.start()).isGreaterThanOrEqualTo(end);
        assertThat(s.end()).isBetween(s.start() + 1, text.length());
        end = s.end();
      }
    }
  }
}
