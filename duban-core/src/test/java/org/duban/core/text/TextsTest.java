package org.duban.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void splitsAsTheCharacterClassPatternSplits() {
    assertThat(Texts.split("省发改委、省财政厅，省商务厅", "、，")).containsExactly("省发改委", "省财政厅", "省商务厅");
    String alphabet = "甲乙、，;和 ";
    Random random = new Random(5);
    for (int round = 0; round < 5000; round++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString();
      assertThat(Texts.split(text, "、，;和")).as(text).containsExactly(text.split("[、，;和]"));
    }
  }
}
