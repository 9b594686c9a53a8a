package org.duban.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duban.core.target.Figures.report;
import static org.duban.core.target.Figures.result;
import static org.duban.core.target.Figures.target;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.duban.core.fact.Fact;
import org.duban.core.quantity.Qualifier;
import org.junit.jupiter.api.Test;

/** Which result a target links to, and when there is none. */
class TargetLinkerTest {

  private static Fact gdpTarget(String period) {
    return target("地区生产总值").grows(6).qualifier(Qualifier.ABOUT).period(period).at(50).build();
  }

  @Test
  void noLaterReportLeavesTheTargetPending() {
    List<Link> links = Figures.linksOf(List.of(report("2024.txt", "示例区", 2024, gdpTarget("2024"))));

    assertThat(links).singleElement().extracting(Link::verdict).isEqualTo(Verdict.PENDING);
    assertThat(links.get(0).result()).isNull();
  }

  @Test
  void aLaterReportWithoutTheFigureGivesNoResult() {
    List<Link> links =
        Figures.linksOf(
            List.of(
                report("2024.txt", "示例区", 2024, gdpTarget("2024")),
                report(
                    "2025.txt", "示例区", 2025, result("社会消费品零售总额").grows(4).period("2024").build())));

    assertThat(links).singleElement().extracting(Link::verdict).isEqualTo(Verdict.NO_RESULT);
  }

  @Test
  void differentWordingsOfOneIndicatorLink() {
    // 生产总值 / 经济增长 / GDP are one indicator.
    for (String wording : List.of("全区生产总值", "经济增长", "GDP", "地区生产总值增速")) {
      List<Link> links =
          Figures.linksOf(
              List.of(
                  report("2024.txt", "示例区", 2024, gdpTarget("2024")),
                  report(
                      "2025.txt", "示例区", 2025, result(wording).grows(6.3).period("2024").build())));

      assertThat(links)
          .as(wording)
          .singleElement()
          .extracting(Link::verdict)
          .isEqualTo(Verdict.MET);
      assertThat(links.get(0).indicator().indicatorId()).isEqualTo("gdp");
    }
  }

  @Test
  void scopeWordsKeepIndicatorsApart() {
    assertNoLink("区级一般公共预算收入", "一般公共预算收入");
    assertNoLink("城镇居民人均可支配收入", "农村居民人均可支配收入");
    assertNoLink("城镇登记失业率", "城镇调查失业率");
    assertNoLink("地区生产总值", "人均地区生产总值");
    assertNoLink("中央财政赤字", "地方财政赤字");
  }

  private static void assertNoLink(String targetLabel, String resultLabel) {
    List<Link> links =
        Figures.linksOf(
            List.of(
                report(
                    "2024.txt", "示例区", 2024, target(targetLabel).grows(5).period("2024").build()),
                report(
                    "2025.txt", "示例区", 2025, result(resultLabel).grows(6).period("2024").build())));

    assertThat(links)
        .as(targetLabel + " / " + resultLabel)
        .singleElement()
        .extracting(Link::verdict)
        .isEqualTo(Verdict.NO_RESULT);
  }

  @Test
  void neverLinksAcrossRegions() {
    List<Link> links =
        Figures.linksOf(
            List.of(
                report("2024.txt", "示例区", 2024, gdpTarget("2024")),
                report(
                    "2025.txt",
                    "邻近区",
                    2025,
                    result("地区生产总值").grows(6.5).region("邻近区").period("2024").build())));

    assertThat(links).singleElement().extracting(Link::verdict).isEqualTo(Verdict.PENDING);
  }

  @Test
  void aGrowthTargetIsNotAnsweredByALevel() {
    List<Link> links =
        Figures.linksOf(
            List.of(
                report("2024.txt", "示例区", 2024, gdpTarget("2024")),
                report(
                    "2025.txt",
                    "示例区",
                    2025,
                    result("地区生产总值").level(1.2e11, "CNY", "1200亿元").period("2024").build())));

    assertThat(links).singleElement().extracting(Link::verdict).isEqualTo(Verdict.NO_RESULT);
  }

  @Test
  void labelsOutsideTheCatalogueLinkWhenTheirNormalFormsAgree() {
    List<Link> links =
        Figures.linksOf(
            List.of(
                report(
                    "2024.txt",
                    "示例区",
                    2024,
                    target("全年新建口袋公园").level(12, "个", "12个").period("2024").build()),
                report(
                    "2025.txt",
                    "示例区",
                    2025,
                    result("新建口袋公园").level(14, "个", "14个").period("2024").build())));

    assertThat(links).singleElement().extracting(Link::verdict).isEqualTo(Verdict.MET);
    assertThat(links.get(0).indicator().indicatorId()).isNull();
  }

  @Test
  void labelsOutsideTheCatalogueLinkOnlyInTheReportReviewingThePeriod() {
    List<Link> links =
        Figures.linksOf(
            List.of(
                report(
                    "2024.txt",
                    "示例区",
                    2024,
                    target("新建口袋公园").level(12, "个", "12个").period("2024").build()),
                report(
                    "2027.txt",
                    "示例区",
                    2027,
                    result("新建口袋公园").level(30, "个", "30个").period("2024").build())));

    assertThat(links).singleElement().extracting(Link::verdict).isEqualTo(Verdict.NO_RESULT);
  }

  @Test
  void generalWordsAloneDoNotLink() {
    List<Link> links =
        Figures.linksOf(
            List.of(
                report(
                    "2024.txt",
                    "示例区",
                    2024,
                    target("投资").level(6e8, "CNY", "6亿元").period("2024").build()),
                report(
                    "2025.txt",
                    "示例区",
                    2025,
                    result("投资").level(3e7, "CNY", "3000万元").period("2024").build())));

    assertThat(links).singleElement().extracting(Link::verdict).isEqualTo(Verdict.NO_RESULT);
  }

  @Test
  void theReportOfTheYearAfterComesBeforeLaterOnes() {
    List<Link> links =
        Figures.linksOf(
            List.of(
                report("2024.txt", "示例区", 2024, gdpTarget("2024")),
                report("2026.txt", "示例区", 2026, result("地区生产总值").grows(5.1).period("2024").build()),
                report(
                    "2025.txt", "示例区", 2025, result("地区生产总值").grows(6.2).period("2024").build())));

    assertThat(links.get(0).resultDocument()).isEqualTo("2025.txt");
    assertThat(links.get(0).result().text()).isEqualTo("6.2%");
  }

  @Test
  void withoutTheNextYearsReportTheNearestLaterOneAnswers() {
    List<Link> links =
        Figures.linksOf(
            List.of(
                report("2024.txt", "示例区", 2024, gdpTarget("2024")),
                report("2027.txt", "示例区", 2027, result("地区生产总值").grows(4).period("2024").build()),
                report(
                    "2026.txt", "示例区", 2026, result("地区生产总值").grows(5.8).period("2024").build())));

    assertThat(links.get(0).resultDocument()).isEqualTo("2026.txt");
    assertThat(links.get(0).verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void ofTwoLevelsInOneReportTheOneNearestTheTargetsSizeAnswers() {
    // 某园区新增就业3000人 … 全年新增就业5650人: the year's total is what the target was set for.
    List<Link> links =
        Figures.linksOf(
            List.of(
                report(
                    "2024.txt",
                    "示例区",
                    2024,
                    target("新增就业").level(5700, "人", "5700人").period("2024").build()),
                report(
                    "2025.txt",
                    "示例区",
                    2025,
                    result("新增就业").level(3000, "人", "3000人").period("2024").at(100).build(),
                    result("新增就业").level(5650, "人", "5650人").period("2024").at(400).build())));

    assertThat(links.get(0).result().text()).isEqualTo("5650人");
  }

  @Test
  void aPlanSpanTargetLinksToTheSpanAndALevelToTheEndYear() {
    Fact annualAverage =
        target("地区生产总值").grows(6).qualifier(Qualifier.ABOUT).period("2021-2025").at(50).build();
    Fact endLevel = target("常住人口城镇化率").level(70, "%", "70%").period("2021-2025").at(80).build();
    List<Link> links =
        Figures.linksOf(
            List.of(
                report("plan.txt", "示例区", 2021, annualAverage, endLevel),
                report(
                    "2026.txt",
                    "示例区",
                    2026,
                    result("地区生产总值").grows(4.9).period("2025").at(100).build(),
                    result("地区生产总值").grows(6.1).period("2021-2025").at(300).build(),
                    result("常住人口城镇化率").level(71.2, "%", "71.2%").period("2025").at(500).build())));

    assertThat(links.get(0).result().text()).isEqualTo("6.1%");
    assertThat(links.get(0).verdict()).isEqualTo(Verdict.MET);
    assertThat(links.get(1).result().text()).isEqualTo("71.2%");
    assertThat(links.get(1).verdict()).isEqualTo(Verdict.MET);
  }

  @Test
  void aLabelJoiningTwoIndicatorsGivesEachFigureItsOwn() {
    // 城镇居民人均可支配收入和农村居民人均可支配收入分别增长6%和7%.
    String joined = "城镇居民人均可支配收入和农村居民人均可支配收入";
    List<Link> links =
        Figures.linksOf(
            List.of(
                report(
                    "2024.txt",
                    "示例区",
                    2024,
                    target("城镇居民人均可支配收入").grows(6).period("2024").at(40).build(),
                    target("农村居民人均可支配收入").grows(7).period("2024").at(60).build()),
                report(
                    "2025.txt",
                    "示例区",
                    2025,
                    result(joined).grows(5.5).period("2024").at(100).inSentence(70).build(),
                    result(joined).grows(7.5).period("2024").at(110).inSentence(70).build())));

    assertThat(links).extracting(l -> l.result().text()).containsExactly("5.5%", "7.5%");
    assertThat(links).extracting(Link::verdict).containsExactly(Verdict.MISSED, Verdict.MET);
  }

  @Test
  void oneFigureForTwoIndicatorsIsATargetForEach() {
    // 城镇和农村居民人均可支配收入均增长6%.
    List<Link> links =
        Figures.linksOf(
            List.of(
                report(
                    "2024.txt",
                    "示例区",
                    2024,
                    target("城镇和农村居民人均可支配收入").grows(6).period("2024").build())));

    assertThat(links)
        .extracting(l -> l.indicator().indicatorId())
        .containsExactly("income-urban", "income-rural");
  }

  @Test
  void theOrderDocumentsComeInChangesNothing() {
    List<TrackedDocument> documents = new ArrayList<>();
    for (int year = 2020; year <= 2025; year++) {
      documents.add(
          report(
              year + ".txt",
              "示例区",
              year,
              result("地区生产总值")
                  .grows(5 + (year % 3) * 0.4)
                  .period(String.valueOf(year - 1))
                  .at(20)
                  .build(),
              target("地区生产总值")
                  .grows(6)
                  .qualifier(Qualifier.ABOUT)
                  .period(String.valueOf(year))
                  .at(90)
                  .build(),
              target("城镇调查失业率")
                  .level(5.5, "%", "5.5%")
                  .period(String.valueOf(year))
                  .at(120)
                  .build()));
    }
    List<String> inOrder = describe(Figures.linksOf(documents));
    Random random = new Random(7);
    for (int round = 0; round < 5; round++) {
      List<TrackedDocument> shuffled = new ArrayList<>(documents);
      Collections.shuffle(shuffled, random);
      assertThat(describe(Figures.linksOf(shuffled))).isEqualTo(inOrder);
    }
  }

  private static List<String> describe(List<Link> links) {
    List<String> rows = new ArrayList<>();
    for (Link l : links) {
      rows.add(
          l.targetDocument()
              + "@"
              + l.target().start()
              + " "
              + l.resultDocument()
              + "@"
              + (l.result() == null ? "" : l.result().start())
              + " "
              + l.verdict());
    }
    Collections.sort(rows);
    return rows;
  }
}
