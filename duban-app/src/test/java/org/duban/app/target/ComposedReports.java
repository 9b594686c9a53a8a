package org.duban.app.target;

import org.duban.core.text.SourceText;

/** Work reports of invented places, written for the tracking tests. */
final class ComposedReports {

  private ComposedReports() {}

  /** The report of {@code year} of {@code place}: last year's results and this year's targets. */
  static SourceText report(String place, int year, String review, String targets) {
    String text =
        year
            + "年"
            + place
            + "政府工作报告\n\n"
            + "一、"
            + (year - 1)
            + "年工作回顾\n"
            + review
            + "\n\n二、"
            + year
            + "年主要预期目标\n"
            + "今年经济社会发展的主要预期目标是："
            + targets
            + "\n";
    return new SourceText(place + "-" + year + ".txt", text);
  }

  /** Three years of one place: 2024's targets met in part, 2025's pending without 2026. */
  static SourceText[] series(String place) {
    return new SourceText[] {
      report(
          place,
          2024,
          "过去一年，全区地区生产总值完成820.5亿元，同比增长5.6%。",
          "地区生产总值增长6%左右；区级一般公共预算收入增长5%；城镇调查失业率控制在5.5%以内；" + "居民消费价格涨幅3%左右；单位地区生产总值能耗下降2.5%以上。"),
      report(
          place,
          2025,
          "过去一年，全区生产总值完成868.3亿元，同比增长5.8%；一般公共预算收入完成64.0亿元，同比增长4.6%。"
              + "城镇调查失业率5.2%，居民消费价格上涨0.4%，单位地区生产总值能耗下降2.1%。",
          "经济增长5.5%左右；城镇调查失业率控制在5.5%以内。"),
    };
  }
}
