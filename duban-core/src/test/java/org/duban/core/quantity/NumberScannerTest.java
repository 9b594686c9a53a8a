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
  void readsArabicDecimalsToTheNearestDouble() {
    Random random = new Random(7);
    for (int round = 0; round < 20_000; round++) {
      String whole = digits(random, 1 + random.nextInt(12));
      String written =
          random.nextBoolean() ? whole : whole + "." + digits(random, 1 + random.nextInt(9));
      NumberToken token = NumberScanner.scan(written + "万元", 0);
      assertThat(token.end()).isEqualTo(written.length());
      assertThat(token.value()).as(written).isEqualTo(Double.parseDouble(written));
    }
    for (String written :
        new String[] {"0.1", "2286.2", "1234567890.1234567", "99999999999999999"}) {
      assertThat(NumberScanner.scan(written, 0).value()).isEqualTo(Double.parseDouble(written));
    }
    assertThat(NumberScanner.scan("１２３４５６７８９０１２３４５６．５", 0).value())
        .isEqualTo(Double.parseDouble("1234567890123456.5"));
  }

  private static String digits(Random random, int count) {
    StringBuilder b = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
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
