package org.duban.app.ledger;

import java.util.Random;

/**
 * Documents composed for tests from invented places, indicators and random figures: any size, with
 * or without line breaks, never a corpus text.
 */
public final class ComposedText {

  private static final String[] PLACES = {"临江区", "清河区", "东湖区", "西山县", "南湾镇"};
  private static final String[] INDICATORS = {
    "地区生产总值", "一般公共预算收入", "社会消费品零售总额", "固定资产投资", "新增就业岗位", "养老床位", "绿地面积"
  };
  private static final String[] UNITS = {"亿元", "万元", "个", "家", "张", "公顷"};
  private static final String[] VERBS = {"达到", "完成", "实现", "新增", "力争达到"};

  private final Random random;

  public ComposedText(long seed) {
    this.random = new Random(seed);
  }

  /** One sentence with two figures. */
  public String sentence() {
    return String.format(
        "%s%d年%s%s%.1f%s，比上年增长%.1f%%。",
        pick(PLACES),
        2015 + random.nextInt(11),
        pick(INDICATORS),
        pick(VERBS),
        1 + random.nextDouble() * 9998,
        pick(UNITS),
        0.1 + random.nextDouble() * 20);
  }

  /** A work report of about {@code chars} characters, a paragraph every few sentences. */
  public String report(String place, int year, int chars, boolean lineBreaks) {
    StringBuilder text = new StringBuilder();
    text.append(place).append(year).append("年政府工作报告").append(lineBreaks ? "\n" : "。");
    while (text.length() < chars) {
      text.append(sentence());
      if (lineBreaks && random.nextInt(5) == 0) {
        text.append('\n');
      }
    }
    return text.toString();
  }

  private String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }
}
