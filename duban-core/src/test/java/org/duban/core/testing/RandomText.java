package org.duban.core.testing;

import java.util.Random;

/**
 * Garbage text for random-input tests (like Lucene's {@code checkRandomData}): Chinese numerals,
 * digits, units, punctuation, quotes, Latin letters, surrogate pairs and whitespace in random runs.
 */
public final class RandomText {

  private static final String ALPHABET =
      "0123456789０１２３４５６７８９.,，。、；：%％‰—-～~+＋/（）()“”《》\"'"
          + "零〇一二两三四五六七八九十百千万亿第首翻数几上余多约近超过以上左右以内不少于"
          + "元亿美万平方米公里吨亩家个项人次户台幢座套间张所条处块场件批名位年月日天小时分钟"
          + "增长下降提高减少达到为占比重同比较上年全区我区计划力争确保已预计由从至到居位居名列"
          + "地区生产总值一般公共预算收入社会消费品零售总额新增引进建成完成的和及与等分别"
          + "abcXYZ \n\t\r\u3000\u00a0①②";

  private RandomText() {}

  /** A random string of up to {@code maxLength} characters. */
  public static String of(Random random, int maxLength) {
    int length = random.nextInt(maxLength + 1);
    StringBuilder b = new StringBuilder(length);
    while (b.length() < length) {
      int pick = random.nextInt(100);
      if (pick < 2) {
        b.appendCodePoint(0x20000 + random.nextInt(1000));
      } else if (pick < 4) {
        b.append((char) random.nextInt(0x3000));
      } else {
        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return b.toString();
  }
}
