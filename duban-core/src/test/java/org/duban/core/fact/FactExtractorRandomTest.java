package org.duban.core.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.duban.core.testing.RandomText;
import org.junit.jupiter.api.Test;

class FactExtractorRandomTest {

  @Test
  void randomInputNeitherThrowsNorLeavesTheText() {
    Random random = new Random(11);
    for (int round = 0; round < 1500; round++) {
      String text = RandomText.of(random, 120);
      int codePoints = text.codePointCount(0, text.length());
      for (Fact f : Extraction.of(text).facts()) {
        assertThat(f.start()).isBetween(0, f.end() - 1);
        assertThat(f.end()).isLessThanOrEqualTo(codePoints);
        assertThat(f.sentenceStart()).isLessThanOrEqualTo(f.start());
        assertThat(f.sentenceEnd()).isBetween(f.end(), codePoints);
        int from = text.offsetByCodePoints(0, f.start());
        int to = text.offsetByCodePoints(0, f.end());
        assertThat(text.substring(from, to)).isEqualTo(f.text());
      }
    }
  }
}
