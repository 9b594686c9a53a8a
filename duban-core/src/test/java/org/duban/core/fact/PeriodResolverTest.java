package org.duban.core.fact;

import static org.assertj.core.api.Assertions.assertThat;

import org.duban.core.meta.DocumentType;
import org.duban.core.structure.Role;
import org.junit.jupiter.api.Test;

/** Periods in news and over spans of years (issue 8). */
class PeriodResolverTest {

  private static Extraction news(String text, int year) {
    return Extraction.of(text).type(DocumentType.NEWS).year(year);
  }

  @Test
  void datesNewsByItsDatelineNotByAComparisonBase() {
    Extraction e = news("1-3月，东湖区社会消费品零售总额同比增长12%，比2019年同期增长20%，两年平均增长9.5%。", 2021);
    assertThat(e.fact("12%").period()).isEqualTo("2021");
    assertThat(e.fact("20%").period()).isEqualTo("2021");
    assertThat(e.fact("9.5%").period()).isEqualTo("2020-2021");
  }

  @Test
  void aYearInsideAClauseDoesNotMoveTheStory() {
    Extraction e = news("规上工业增速已低于2019年水平。\n1-3月，规上工业增加值增长30%。", 2021);
    assertThat(e.fact("30%").period()).isEqualTo("2021");
  }

  @Test
  void readsTheSamePeriodLastYearAsTheYearBefore() {
    Extraction e = news("网络零售额在上年同期15%的高增速基础上，继续增长20%。", 2021);
    assertThat(e.fact("15%").period()).isEqualTo("2020");
    assertThat(e.fact("20%").period()).isEqualTo("2021");
  }

  @Test
  void aYearNamedForTheStartingValueIsNotTheLevelReached() {
    Extraction e = news("全省出口增速由上年的2%回升至6.5%。", 2024);
    assertThat(e.fact("2%").period()).isEqualTo("2023");
    assertThat(e.fact("6.5%").period()).isEqualTo("2024");
  }

  @Test
  void whereAGoalStartsFromIsTheLevelKnownWhenItIsSet() {
    Extraction e =
        Extraction.of("二、主要目标\n到2030年，全员劳动生产率从人均15万元提高到20万元以上。")
            .year(2026)
            .part("二、主要目标", Role.PLAN);
    assertThat(e.fact("15万元").period()).isEqualTo("2025");
    assertThat(e.fact("20万元").period()).isEqualTo("2030");
  }

  @Test
  void readsThePastTwoYearsAsTheTwoBeforeTheStorysYear() {
    assertThat(news("过去两年，我国经济平均增长5.1%。", 2022).fact("5.1%").period()).isEqualTo("2020-2021");
  }

  @Test
  void carriesTheYearOfAFigureToTheRestOfItsParagraphInNews() {
    Extraction e = news("湖北2021年GDP增速比目标高出2个百分点。其次为江苏，高出1个百分点。\n浙江增长8%。", 2022);
    assertThat(e.fact("1个百分点").period()).isEqualTo("2021");
    assertThat(e.fact("8%").period()).isEqualTo("2022");
  }

  @Test
  void aFiveYearReviewHoldsThroughItsSectionsUntilAParagraphTurnsToOneYear() {
    String text =
        "一、“十四五”时期和2025年工作回顾\n"
            + "“十四五”时期是极不平凡的五年。\n"
            + "（一）经济实力显著增强。新建学校40所，地区生产总值达到1.2万亿元，年均增长5.5%。\n"
            + "（二）民生持续改善。人均可支配收入达到5.1万元，城镇化率提高到70%。\n"
            + "各位代表，刚刚过去的2025年，地区生产总值增长5.2%，新建学校9所。\n"
            + "二、2026年主要任务\n"
            + "新建学校10所。";
    Extraction e =
        Extraction.of(text)
            .year(2026)
            .part("一、“十四五”时期和2025年工作回顾", Role.REVIEW)
            .part("二、2026年主要任务", Role.PLAN);
    assertThat(e.fact("40所").period()).isEqualTo("2021-2025");
    assertThat(e.fact("1.2万亿元").period()).isEqualTo("2025");
    assertThat(e.fact("5.5%").period()).isEqualTo("2021-2025");
    assertThat(e.fact("5.1万元").period()).isEqualTo("2025");
    assertThat(e.fact("70%").period()).isEqualTo("2025");
    assertThat(e.fact("5.2%").period()).isEqualTo("2025");
    assertThat(e.fact("9所").period()).isEqualTo("2025");
    assertThat(e.fact("10所").period()).isEqualTo("2026");
  }

  @Test
  void aHeadingNamingAYearAndASpanLeavesItToTheParagraphs() {
    String text =
        "一、2025年和“十四五”时期工作回顾\n"
            + "过去的一年，新增就业12万人。\n"
            + "“十四五”时期是我们阔步向前的五年。\n"
            + "这五年，累计新增就业60万人，城镇化率达到70%，经济总量居全国第九。";
    Extraction e = Extraction.of(text).year(2026).part("一、2025年和“十四五”时期工作回顾", Role.REVIEW);
    assertThat(e.fact("12万人").period()).isEqualTo("2025");
    assertThat(e.fact("60万人").period()).isEqualTo("2021-2025");
    assertThat(e.fact("70%").period()).isEqualTo("2025");
    assertThat(e.fact("第九").period()).isEqualTo("2025");
  }

  @Test
  void givesTheStartOfAFromToPairItsOwnYear() {
    Extraction e =
        Extraction.of("一、“十二五”时期工作回顾\n五年来，森林覆盖率由2010年的21.6%提高到25.2%。")
            .year(2016)
            .part("一、“十二五”时期工作回顾", Role.REVIEW);
    assertThat(e.fact("21.6%").period()).isEqualTo("2010");
    assertThat(e.fact("25.2%").period()).isEqualTo("2015");
  }

  @Test
  void aMultipleOfAnEarlierYearIsAChangeOverTheYearsSince() {
    Extraction e = Extraction.of("2023年全区游客接待量达到520万人次，是2019年的1.8倍。").year(2024);
    Fact multiple = e.fact("1.8倍");
    assertThat(multiple.measure()).isEqualTo(Measure.CHANGE);
    assertThat(multiple.direction()).isEqualTo(Direction.UP);
    assertThat(multiple.period()).isEqualTo("2020-2023");
    assertThat(multiple.indicator()).isEqualTo("游客接待量（比2019年）");
    assertThat(e.fact("520万人次").period()).isEqualTo("2023");
  }

  @Test
  void aReportsChangeAgainstABaseSeveralYearsBackSpansThoseYears() {
    Extraction e = Extraction.of("2023年农民人均收入达到2.1万元，比2019年增加6000元，比上年增长5%。").year(2024);
    assertThat(e.fact("6000元").period()).isEqualTo("2020-2023");
    assertThat(e.fact("5%").period()).isEqualTo("2023");
  }

  @Test
  void aYearlyMeanConcentrationIsOfOneYear() {
    Extraction e = Extraction.of("全年PM2.5年均浓度为28微克/立方米，城镇居民收入年均增长6%。").year(2021);
    assertThat(e.fact("28微克/立方米").period()).isEqualTo("2020");
    assertThat(e.fact("6%").period()).isEqualTo("2016-2020");
  }

  @Test
  void everyItemOfAListOfLevelsReachedOverASpanIsOfItsLastYear() {
    Extraction e = Extraction.of("这五年，全国文明城市、国家园林城市分别增至30座、12座。").year(2026);
    assertThat(e.fact("30座").period()).isEqualTo("2025");
    assertThat(e.fact("12座").period()).isEqualTo("2025");
  }

  @Test
  void aMultipleOfAnEarlierPlanPeriodIsOfThePlanPeriodNamed() {
    Extraction e = Extraction.of("“十四五”期间，累计完成投资800亿元，是“十三五”时期的1.5倍。").year(2026);
    assertThat(e.fact("1.5倍").period()).isEqualTo("2021-2025");
    assertThat(e.fact("1.5倍").measure()).isEqualTo(Measure.CHANGE);
  }

  @Test
  void aPlanGoalIsOfTheWholeSpanUnlessItsSentenceNamesADeadline() {
    String text =
        "二、“十五五”时期的主要目标\n"
            + "今后五年，全市森林覆盖率达到26%，新建公园30个。"
            + "到2030年，力争在新材料、生物医药、人工智能等领域建成一批具有全国影响力的创新平台和产业集群，"
            + "推动数字经济与实体经济深度融合发展，全社会研发投入强度达到3.2%。"
            + "届时，全市经济总量超过3万亿元。";
    Extraction e = Extraction.of(text).year(2026).part("二、“十五五”时期的主要目标", Role.PLAN);
    assertThat(e.fact("26%").period()).isEqualTo("2026-2030");
    assertThat(e.fact("30个").period()).isEqualTo("2026-2030");
    assertThat(e.fact("3.2%").period()).isEqualTo("2030");
    assertThat(e.fact("3万亿元").period()).isEqualTo("2030");
  }

  @Test
  void aPlannedRiseWithoutDeadlineEndsOverTheWholeSpan() {
    String text = "二、“十五五”时期的主要目标\n" + "人均受教育年限从11.2年提高到11.8年。" + "到2030年，城镇化率从62%提高到66%。";
    Extraction e = Extraction.of(text).year(2026).part("二、“十五五”时期的主要目标", Role.PLAN);
    assertThat(e.fact("11.8年").period()).isEqualTo("2026-2030");
    assertThat(e.fact("66%").period()).isEqualTo("2030");
  }

  @Test
  void aYearlyMeanUpToAPlansLastYearIsOverThatPlan() {
    String text = "二、“十五五”时期目标任务\n到2030年，全市生产总值突破900亿元，年均增长6%左右。";
    Extraction e = Extraction.of(text).year(2026).part("二、“十五五”时期目标任务", Role.PLAN);
    assertThat(e.fact("900亿元").period()).isEqualTo("2030");
    assertThat(e.fact("6%").period()).isEqualTo("2026-2030");
  }

  @Test
  void aYearNamingAGoalWorkedTowardIsNotTheFiguresTime() {
    String text =
        "二、“十五五”时期的主要目标\n" + "着眼完成2035年奋斗目标和本地发展条件，建议全市居民收入年均增长6%左右。" + "2026年，地区生产总值增长5%。";
    Extraction e = Extraction.of(text).year(2026).part("二、“十五五”时期的主要目标", Role.PLAN);
    assertThat(e.fact("6%").period()).isEqualTo("2026-2030");
    assertThat(e.fact("5%").period()).isEqualTo("2026");
  }

  @Test
  void aDeadlineOpeningASentenceHoldsForItsGoalsHoweverFar() {
    String text =
        "到2030年，力争在新材料、生物医药、高端装备、人工智能等领域建成一批具有全国影响力的创新平台和产业集群，"
            + "推动数字经济与实体经济深度融合发展，全市规模以上工业企业研发机构覆盖率达到60%。"
            + "财政转移支付由2020年的400亿元增加到2024年的560亿元，四年共计安排1900亿元，"
            + "各级政府统筹推进教育、医疗、养老、托育、住房保障和城乡基础设施等民生工程建设，用于基层教育的资金共计420亿元。";
    Extraction e = Extraction.of(text).year(2026);
    assertThat(e.fact("60%").period()).isEqualTo("2030");
    // 增加到2024年的560亿元 names where a change ends, not a deadline for the sums after it
    assertThat(e.fact("420亿元").period()).isNotEqualTo("2024");
  }

  @Test
  void aToValueTakesTheDeadlineNamedBeforeItsPair() {
    Extraction e = Extraction.of("到一九九○年，全县小学在校学生将由一九八○年的三万人增加到四万五千人。").year(1986);
    assertThat(e.fact("三万人").period()).isEqualTo("1980");
    assertThat(e.fact("四万五千人").period()).isEqualTo("1990");
  }

  @Test
  void aPlanPeriodComparedWithIsABase() {
    Extraction e = Extraction.of("“十四五”时期，全市生产总值年均增长6%，高于“十三五”时期0.8个百分点。").year(2026);
    assertThat(e.fact("0.8个百分点").period()).isEqualTo("2021-2025");
  }

  @Test
  void aNewsClauseNamingItsYearIsNotTheParagraphsEarlierYear() {
    Extraction e = news("按原规划，2019年全市增长目标是7%。今年的目标定为5%左右，留有余地。", 2024);
    assertThat(e.fact("7%").period()).isEqualTo("2019");
    assertThat(e.fact("5%").period()).isEqualTo("2024");
  }

  @Test
  void aYearlyRatePerHeadIsOfItsOwnYear() {
    Extraction e =
        Extraction.of("二、2026年主要任务\n大病保险补助由每人每年600元提高到650元，每年新增就业5万人。")
            .year(2026)
            .part("二、2026年主要任务", Role.PLAN);
    assertThat(e.fact("650元").period()).isEqualTo("2026");
    assertThat(e.fact("5万人").period()).isEqualTo("2026-2030");
    Extraction pupils =
        Extraction.of("二、2026年主要任务\n校方责任保险保费由每生每年6元提高至9元。")
            .year(2026)
            .part("二、2026年主要任务", Role.PLAN);
    assertThat(pupils.fact("9元").period()).isEqualTo("2026");
  }

  @Test
  void aPolicysTimeLimitHasNoYear() {
    Extraction e =
        Extraction.of("对符合条件的申请，在受理后5个工作日内办结。到2025年，网办率达到90%。")
            .type(DocumentType.POLICY)
            .year(2023);
    assertThat(e.fact("5个工作日").period()).isNull();
    assertThat(e.fact("90%").period()).isEqualTo("2025");
  }
}
