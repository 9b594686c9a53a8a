package org.duban.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duban.core.target.Figures.report;
import static org.duban.core.target.Figures.result;
import static org.duban.core.target.Figures.target;

import java.util.List;
import org.duban.core.fact.Fact;
import org.duban.core.quantity.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The verdict rule of links.md: sense, tolerance for 左右, ranges, falls. */
class VerdictRuleTest {

  /** The one link of a target set in 2024 and a result the 2025 report gives for 2024. */
  private static Link judge(Fact goal, Fact outcome) {
    List<Link> links =
        Figures.linksOf(
            List.of(
                report("2024.txt", "示例区", 2024, goal), report("2025.txt", "示例区", 2025, outcome)));
    assertThat(links).hasSize(1);
    return links.get(0);
  }

  @ParameterizedTest(name = "GDP {0}% {1}, result {2}% -> {3}")
  @CsvSource({
    "7, ABOUT, 6.6, MET", // 左右 allows half a point
    "7, ABOUT, 6.5, MET",
    "7, ABOUT, 6.4, MISSED",
    "7, EXACT, 6.9, MISSED", // without 左右 the target itself is the floor
    "7, EXACT, 7, MET",
    "6, OVER, 5.9, MISSED", // 6%以上
    "6, AT_LEAST, 6.2, MET"
  })
  void growthIsAFloor(double goal, Qualifier qualifier, double outcome, Verdict verdict) {
    Link link =
        judge(
            target("地区生产总值").grows(goal).qualifier(qualifier).period("2024").build(),
            result("地区生产总值").grows(outcome).period("2024").build());

    assertThat(link.sense()).isEqualTo(Sense.FLOOR);
    assertThat(link.verdict()).isEqualTo(verdict);
  }

  @ParameterizedTest(name = "CPI {0}% {1}, result {2}% -> {3}")
  @CsvSource({
    "3, ABOUT, 3.4, MET",
    "3, ABOUT, 3.6, MISSED",
    "3, ABOUT, -0.3, MET", // prices that fell stay under any ceiling on their rise
    "3, EXACT, 3.1, MISSED"
  })
  void priceRiseIsACeiling(double goal, Qualifier qualifier, double outcome, Verdict verdict) {
    Fact result =
        outcome < 0
            ? result("居民消费价格").falls(-outcome).period("2024").build()
            : result("居民消费价格").grows(outcome).period("2024").build();
    Link link =
        judge(target("居民消费价格涨幅").grows(goal).qualifier(qualifier).period("2024").build(), result);

    assertThat(link.sense()).isEqualTo(Sense.CEILING);
    assertThat(link.verdict()).isEqualTo(verdict);
  }

  @Test
  void unemploymentRateUnderItsLimitIsMetAndOverItMissed() {
    Fact limit =
        target("城镇调查失业率")
            .level(5.5, "%", "5.5%")
            .qualifier(Qualifier.AT_MOST)
            .period("2024")
            .build();

    assertThat(judge(limit, result("城镇调查失业率").level(5.5, "%", "5.5%").period("2024").build()))
        .extracting(Link::sense, Link::verdict)
        .containsExactly(Sense.CEILING, Verdict.MET);
    assertThat(judge(limit, result("城镇调查失业率").level(5.6, "%", "5.6%").period("2024").build()))
        .extracting(Link::verdict)
        .isEqualTo(Verdict.MISSED);
  }

  @Test
  void aRateThatFellToALevelIsReadAsTheLevel() {
    // 城镇调查失业率降到5.2%: a rate moves in points, so a figure in % is where it stands.
    Link link =
        judge(
            target("城镇调查失业率")
                .level(5.5, "%", "5.5%")
                .qualifier(Qualifier.ABOUT)
                .period("2024")
                .build(),
            result("城镇调查失业率降").falls(5.2).period("2024").build());

    assertThat(link.result()).isNotNull();
    assertThat(link.verdict()).isEqualTo(Verdict.MET);
  }

  @ParameterizedTest(name = "range 6%—6.5%, result {0}% -> {1}")
  @CsvSource({"6.1, MET", "6, MET", "5.9, MISSED", "7.2, MET"})
  void aFloorRangeIsReachedAtItsLowerEnd(double outcome, Verdict verdict) {
    Link link =
        judge(
            target("国内生产总值").growsBetween(6, 6.5).period("2024").build(),
            result("国内生产总值").grows(outcome).period("2024").build());

    assertThat(link.verdict()).isEqualTo(verdict);
  }

  @ParameterizedTest(name = "ceiling range 2%—3%, result {0}% -> {1}")
  @CsvSource({"3, MET", "2.5, MET", "3.2, MISSED"})
  void aCeilingRangeIsKeptUnderItsUpperEnd(double outcome, Verdict verdict) {
    Link link =
        judge(
            target("居民消费价格涨幅").growsBetween(2, 3).period("2024").build(),
            result("居民消费价格").grows(outcome).period("2024").build());

    assertThat(link.verdict()).isEqualTo(verdict);
  }

  @ParameterizedTest(name = "fall of 3% or more, result {0} -> {1}")
  @CsvSource({"DOWN, 3.1, MET", "DOWN, 3, MET", "DOWN, 2.9, MISSED", "UP, 1, MISSED"})
  void aFallTargetIsAFloorOnTheSizeOfTheFall(String way, double outcome, Verdict verdict) {
    Fact goal = target("能耗强度").falls(3).qualifier(Qualifier.OVER).period("2024").build();
    Fact seen =
        way.equals("DOWN")
            ? result("单位地区生产总值能耗").falls(outcome).period("2024").build()
            : result("单位地区生产总值能耗").grows(outcome).period("2024").build();

    Link link = judge(goal, seen);

    assertThat(link.sense()).isEqualTo(Sense.FLOOR);
    assertThat(link.verdict()).isEqualTo(verdict);
  }

  @ParameterizedTest(name = "1000万人左右, result {0} -> {1}")
  @CsvSource({"9600000, MET", "9500000, MET", "9400000, MISSED"})
  void aboutOutsidePercentAllowsFivePerCent(double outcome, Verdict verdict) {
    Link link =
        judge(
            target("城镇新增就业")
                .level(10_000_000, "人", "1000万人")
                .qualifier(Qualifier.ABOUT)
                .period("2024")
                .build(),
            result("城镇新增就业").level(outcome, "人", "960万人").period("2024").build());

    assertThat(link.verdict()).isEqualTo(verdict);
  }

  @Test
  void aCeilingQualifierOutranksTheIndicatorsSense() {
    // 控制在…以内 binds from above whatever the indicator is.
    Link link =
        judge(
            target("能源消费总量")
                .level(300, "t", "300吨")
                .qualifier(Qualifier.AT_MOST)
                .period("2024")
                .build(),
            result("能源消费总量").level(310, "t", "310吨").period("2024").build());

    assertThat(link.sense()).isEqualTo(Sense.CEILING);
    assertThat(link.verdict()).isEqualTo(Verdict.MISSED);
  }
}
