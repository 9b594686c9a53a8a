package org.duban.core.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.duban.core.meta.DocumentType;
import org.duban.core.structure.Role;
import org.junit.jupiter.api.Test;

class ModalityAndPeriodTest {

  private static final String REPORT =
      "一、2023年工作回顾\n全年地区生产总值达到1234.5亿元，同比增长6.1%。预计全年社会消费品零售总额增长5.5%左右。\n"
          + "二、2024年主要任务\n主要预期目标是：地区生产总值增长5%左右。新建公园3座。\n"
          + "三、关于2025年\n力争到2025年累计新增就业岗位10万个。";

  private Extraction report() {
    return Extraction.of(REPORT)
        .year(2024)
        .part("一、2023年工作回顾", Role.REVIEW)
        .part("二、2024年主要任务", Role.PLAN)
        .part("三、关于2025年", Role.OTHER);
  }

  @Test
  void readsTheReviewAsLastYearsResults() {
    Fact gdp = report().fact("1234.5亿元");
    assertThat(gdp.modality()).isEqualTo(Modality.ACTUAL);
    assertThat(gdp.period()).isEqualTo("2023");
  }

  @Test
  void readsAnEstimateForTheYearAsAResult() {
    Fact retail = report().fact("5.5%");
    assertThat(retail.modality()).isEqualTo(Modality.ACTUAL);
  }

  @Test
  void readsThePlanAsThisYearsTargets() {
    Fact park = report().fact("3座");
    assertThat(park.modality()).isEqualTo(Modality.TARGET);
    assertThat(park.period()).isEqualTo("2024");
  }

  @Test
  void readsADeadlineAsTheTargetsPeriod() {
    Fact jobs = report().fact("10万个");
    assertThat(jobs.modality()).isEqualTo(Modality.TARGET);
    assertThat(jobs.period()).isEqualTo("2025");
  }

  @Test
  void takesAYearWrittenInTheSentence() {
    Fact f = Extraction.of("中央企业在2023年前11个月研发投入同比增长24.6%。").fact("24.6%");
    assertThat(f.period()).isEqualTo("2023");
  }

  @Test
  void doesNotTakeTheBaseOfAComparisonAsThePeriod() {
    Fact f =
        Extraction.of("一、2018年工作回顾\n35幢楼宇实现年税收过亿，比2017年增加10幢。")
            .year(2019)
            .part("一、2018年工作回顾", Role.REVIEW)
            .fact("10幢");
    assertThat(f.period()).isEqualTo("2018");
  }

  @Test
  void givesTheFromFigureOfAFromToPairTheYearBefore() {
    Extraction e =
        Extraction.of("一、2018年工作回顾\n每万人发明专利拥有量由56件增加到64件。")
            .year(2019)
            .part("一、2018年工作回顾", Role.REVIEW);
    assertThat(e.fact("56件").period()).isEqualTo("2017");
    assertThat(e.fact("64件").period()).isEqualTo("2018");
  }

  @Test
  void readsAPlanPeriodName() {
    Fact f = Extraction.of("“十四五”时期每年新开工不少于100万平方米。").fact("100万平方米");
    assertThat(f.period()).isEqualTo("2021-2025");
  }

  @Test
  void givesAFiveYearReviewParagraphItsSpan() {
    Extraction e =
        Extraction.of(
                "一、2025年工作回顾\n五年来，累计新增城镇就业300万人。\n——一般公共预算收入从7000亿元增加到8800亿元。\n"
                    + "2025年，新建公园120座。")
            .year(2026)
            .part("一、2025年工作回顾", Role.REVIEW);
    assertThat(e.fact("300万人").period()).isEqualTo("2021-2025");
    assertThat(e.fact("7000亿元").period()).isEqualTo("2020");
    assertThat(e.fact("8800亿元").period()).isEqualTo("2025");
    assertThat(e.fact("120座").period()).isEqualTo("2025");
  }

  @Test
  void anEstimateIsAResultInAReviewAndATargetInAPlan() {
    Extraction review =
        Extraction.of("一、2023年工作回顾\n预计全年接待游客达到480万人次，人均预期寿命提高到80岁。")
            .year(2024)
            .part("一、2023年工作回顾", Role.REVIEW);
    assertThat(review.fact("480万人次").modality()).isEqualTo(Modality.ACTUAL);
    assertThat(review.fact("80岁").modality()).isEqualTo(Modality.ACTUAL);
    Extraction plan =
        Extraction.of("二、2024年工作安排\n预计全年接待游客达到520万人次。").year(2024).part("二、2024年工作安排", Role.PLAN);
    assertThat(plan.fact("520万人次").modality()).isEqualTo(Modality.TARGET);
  }

  @Test
  void aLookBackOrAnActualGrowthInANewsSentenceAboutTargetsIsAResult() {
    Extraction e =
        Extraction.of("过去三年，全省平均增速只有4.2%，当年设定目标是5%，实际增长是4.6%。")
            .type(org.duban.core.meta.DocumentType.NEWS)
            .year(2024);
    assertThat(e.fact("4.2%").modality()).isEqualTo(Modality.ACTUAL);
    assertThat(e.fact("5%").modality()).isEqualTo(Modality.TARGET);
    assertThat(e.fact("4.6%").modality()).isEqualTo(Modality.ACTUAL);
  }

  @Test
  void aFiveYearReviewMayOpenAfterAShortPreamble() {
    Extraction e =
        Extraction.of(
                "一、2025年工作回顾\n今年是“十四五”规划的最后一年。过去五年，全县面貌焕然一新。一是设施更加完善，新建道路80公里。二是民生持续改善，农民收入年均增长6%。\n"
                    + "2025年，新建公园12座。")
            .year(2026)
            .part("一、2025年工作回顾", Role.REVIEW);
    assertThat(e.fact("80公里").period()).isEqualTo("2021-2025");
    assertThat(e.fact("6%").period()).isEqualTo("2021-2025");
    assertThat(e.fact("12座").period()).isEqualTo("2025");
  }

  @Test
  void aYearOpeningTheSentenceHoldsForItsFarFiguresInsideAFiveYearReview() {
    Extraction e =
        Extraction.of(
                "一、过去五年工作回顾\n五年来，全市经济实力持续增强。"
                    + "2025年，面对外部环境的深刻变化和多重困难挑战，我们坚持稳中求进，加大逆周期调节力度，"
                    + "推动经济回升向好，地区生产总值增长5.2%，城镇新增就业12万人。\n")
            .year(2026)
            .part("一、过去五年工作回顾", Role.REVIEW);
    assertThat(e.fact("5.2%").period()).isEqualTo("2025");
    assertThat(e.fact("12万人").period()).isEqualTo("2025");
  }

  @Test
  void givesAPlansGoalsWithoutADeadlineThePlansSpan() {
    Extraction e =
        Extraction.of("二、“十五五”时期的主要目标\n居民人均可支配收入达到9万元，年均增长5%。")
            .year(2026)
            .part("二、“十五五”时期的主要目标", Role.PLAN);
    assertThat(e.fact("9万元").period()).isEqualTo("2026-2030");
    assertThat(e.fact("5%").period()).isEqualTo("2026-2030");
  }

  @Test
  void readsATwoYearAverageAsASpan() {
    Fact f = Extraction.of("2021年1-7月，固定资产投资两年平均增长9.8%。").fact("9.8%");
    assertThat(f.period()).isEqualTo("2020-2021");
  }

  @Test
  void datesANewsStoryByTheYearItLastNamed() {
    Extraction e =
        Extraction.of("2023年，东湖区举办对接会。\n会上，40家企业与银行签约。").type(DocumentType.NEWS).year(2025);
    assertThat(e.fact("40家").period()).isEqualTo("2023");
    assertThat(e.fact("40家").modality()).isEqualTo(Modality.ACTUAL);
  }

  @Test
  void readsNewsAboutTargetsAsTargetsAndAboutResultsAsResults() {
    Extraction e =
        Extraction.of("各省下调2022年GDP增速目标，目标平均值为6.4%。湖北2021年GDP完成度比目标值高出2.9个百分点。")
            .type(DocumentType.NEWS)
            .year(2022);
    assertThat(e.fact("6.4%").modality()).isEqualTo(Modality.TARGET);
    assertThat(e.fact("2.9个百分点").modality()).isEqualTo(Modality.ACTUAL);
  }

  @Test
  void readsAnnouncedTargetsAsTargetsWhateverThePart() {
    Fact f =
        Extraction.of("一、2025年工作回顾\n今年经济社会发展的主要预期目标是：地区生产总值增长5%左右。")
            .year(2026)
            .part("一、2025年工作回顾", Role.REVIEW)
            .fact("5%");
    assertThat(f.modality()).isEqualTo(Modality.TARGET);
    assertThat(f.period()).isEqualTo("2026");
  }

  @Test
  void readsAKeyWorkArrangementAsTargets() {
    Fact f =
        Extraction.of("1.全力推动区域经济稳中有进。全年引进优质项目120个。")
            .type(DocumentType.KEY_WORK_ARRANGEMENT)
            .fact("120个");
    assertThat(f.modality()).isEqualTo(Modality.TARGET);
    assertThat(f.period()).isEqualTo("2024");
  }
}
