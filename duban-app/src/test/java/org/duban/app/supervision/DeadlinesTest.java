package org.duban.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Deadlines written in a task's text (issue 10). */
class DeadlinesTest {

  private static List<LocalDate> dates(String text) {
    return Deadlines.find(text, 2024).stream().map(Deadlines.Deadline::date).toList();
  }

  @Test
  void readsMonthEndsDaysQuartersHalvesAndYearEnds() {
    assertThat(dates("确保6月底前完成场馆改造。")).containsExactly(LocalDate.of(2024, 6, 30));
    assertThat(dates("于9月30日前完成验收。")).containsExactly(LocalDate.of(2024, 9, 30));
    assertThat(dates("二月底前印发方案。")).containsExactly(LocalDate.of(2024, 2, 29));
    assertThat(dates("三季度末前完成招标。")).containsExactly(LocalDate.of(2024, 9, 30));
    assertThat(dates("上半年建成投用。")).containsExactly(LocalDate.of(2024, 6, 30));
    assertThat(dates("年底前全面完成。")).containsExactly(LocalDate.of(2024, 12, 31));
    assertThat(dates("2025年3月底前完成二期。")).containsExactly(LocalDate.of(2025, 3, 31));
    assertThat(dates("2026年底前建成。")).containsExactly(LocalDate.of(2026, 12, 31));
    assertThat(dates("到2027年，覆盖率达到90%。")).containsExactly(LocalDate.of(2027, 12, 31));
  }

  @Test
  void theLatestDeadlineIsTheDueDateAndEarlierOnesAreMilestones() {
    String task = "6月底前完成方案编制，9月底前启动建设，年底前建成投用。";
    assertThat(Deadlines.latest(task, 2024)).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(dates(task))
        .containsExactly(
            LocalDate.of(2024, 6, 30), LocalDate.of(2024, 9, 30), LocalDate.of(2024, 12, 31));
    Deadlines.Deadline first = Deadlines.find(task, 2024).get(0);
    assertThat(DocumentItems.clause(task, first.start(), first.end())).isEqualTo("6月底前完成方案编制");
  }

  @Test
  void numbersThatAreNoDeadlinesAreLeftAlone() {
    assertThat(dates("新增养老床位400张，增长6%，覆盖3个街道。")).isEmpty();
    assertThat(dates("13月底前")).isEmpty();
    assertThat(Deadlines.latest("推进重点项目建设。", 2024)).isNull();
  }
}
