package org.duban.core.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.duban.core.testing.RandomText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberScannerTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2286.2 | 2286.2",
        "１２ | 12",
        "1,234,567 | 1234567",
        "０．５ | 0.5",
        "四百三十 | 430",
        "两万 | 20000",
        "十二 | 12",
        "二十 | 20",
        "一百零五 | 105",
        "三千五百万 | 35000000",
        "五万亿 | 5000000000000",
        "十二点八 | 12.8",
        "四亿零七百多万 | 407000000",
      })
  void readsNumbers(String written, double expected) {
    NumberToken token = NumberScanner.scan(written, 0);
    assertThat(token).isNotNull();
    assertThat(token.valid()).isTrue();
    assertThat(token.end()).isEqualTo(written.length());
    assertThat(token.value()).isCloseTo(expected, within(1e-6));
  }

  @Test
  void stopsArabicNumbersAtListCommasThatAreNotThousands() {
    NumberToken token = NumberScanner.scan("15,20家", 0);
    assertThat(token.value()).isEqualTo(15);
    assertThat(token.end()).isEqualTo(2);
  }

  @Test
  void marksPlanNamesAsNoNumber() {
    assertThat(NumberScanner.scan("十四五规划", 0).valid()).isFalse();
  }

  @Test
  void readsChineseYearsDigitByDigit() {
    NumberToken token = NumberScanner.scan("二〇三五年", 0);
    assertThat(token.kind()).isEqualTo(NumeralKind.POSITIONAL);
    assertThat(token.value()).isEqualTo(2035);
  }

  @Test
  void remembersTheTrailingMagnitude() {
    assertThat(NumberScanner.scan("四百三十亿元", 0).trailingMagnitude()).isEqualTo(1e8);
  }

  @Test
  void randomInputNeitherThrowsNorLeavesTheText() {
    Random random = new Random(42);
    for (int round = 0; round < 2000; round++) {
      String text = RandomText.of(random, 60);
      for (int i = 0; i < text.length(); i++) {
        NumberToken token = NumberScanner.scan(text, i);
        if (token != null) {
          assertThat(token.start()).isEqualTo(i);
          assertThat(token.end()).isBetween(i + 1, text.length());
        }
      }
    }
  }
}
