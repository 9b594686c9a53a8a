package org.duban.core.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duban.core.pipeline.AnalyzedDocument;
import org.duban.core.pipeline.DocumentAnalyzer;
import org.duban.core.text.SourceText;
import org.junit.jupiter.api.Test;

/** Two reports of an invented district, read by the pipeline and linked. */
class ComposedReportsTest {

  private static final String REPORT_2024 =
      "2024年示例区政府工作报告\n\n"
          + "一、2023年工作回顾\n"
          + "过去一年，全区地区生产总值完成820.5亿元，同比增长5.6%；一般公共预算收入完成61.2亿元，同比增长4.1%。\n\n"
          + "二、2024年主要预期目标\n"
          + "今年经济社会发展的主要预期目标是：地区生产总值增长6%左右；区级一般公共预算收入增长5%；"
          + "城镇调查失业率控制在5.5%以内；居民消费价格涨幅3%左右；单位地区生产总值能耗下降2.5%以上；"
          + "全年新建口袋公园12个。\n";

  private static final String REPORT_2025 =
      "2025年示例区政府工作报告\n\n"
          + "一、2024年工作回顾\n"
          + "过去一年，全区生产总值完成868.3亿元，同比增长5.8%；一般公共预算收入完成64.0亿元，同比增长4.6%。"
          + "城镇调查失业率5.2%，居民消费价格上涨0.4%，单位地区生产总值能耗下降2.1%。全年新建口袋公园14个。\n\n"
          + "二、2025年主要预期目标\n"
          + "今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。\n";

  private static List<TrackedDocument> read(String... namesAndTexts) {
    DocumentAnalyzer analyzer = new DocumentAnalyzer();
    List<TrackedDocument> documents = new ArrayList<>();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      for (AnalyzedDocument d :
          analyzer.analyze(new SourceText(namesAndTexts[i], namesAndTexts[i + 1]))) {
        documents.add(new TrackedDocument(namesAndTexts[i], d));
      }
    }
    return documents;
  }

  private static Map<String, String> verdicts(List<Link> links) {
    Map<String, String> byLabel = new TreeMap<>();
    for (Link l : links) {
      byLabel.put(
          l.target().period() + " " + l.indicator().label(),
          l.verdict() + (l.result() == null ? "" : " " + l.result().text()));
    }
    return byLabel;
  }

  @Test
  void nextYearsReviewSettlesLastYearsTargets() {
    List<Link> links =
        Figures.linksOf(read("示例区-2024.txt", REPORT_2024, "示例区-2025.txt", REPORT_2025));

    assertThat(verdicts(links))
        .containsEntry("2024 地区生产总值", "MET 5.8%") // 6%左右: 5.8 is within half a point
        .containsEntry("2024 区级一般公共预算收入", "NO_RESULT") // 一般公共预算收入 is another scope
        .containsEntry("2024 城镇调查失业率", "MET 5.2%")
        .containsEntry("2024 居民消费价格涨幅", "MET 0.4%")
        .containsEntry("2024 单位地区生产总值能耗", "MISSED 2.1%") // a fall of 2.1% is short of 2.5%
        .containsEntry("2024 新建口袋公园", "MET 14个")
        .containsEntry("2025 地区生产总值", "PENDING");
  }

  @Test
  void withoutTheNextReportEveryTargetIsPending() {
    List<Link> links = Figures.linksOf(read("示例区-2024.txt", REPORT_2024));

    assertThat(links).isNotEmpty().allMatch(l -> l.verdict() == Verdict.PENDING);
  }
}
