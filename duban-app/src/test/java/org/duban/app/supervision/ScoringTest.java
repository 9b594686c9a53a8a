package org.duban.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duban.app.supervision.Items.item;
import static org.duban.app.supervision.Items.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.duban.app.department.Department;
import org.junit.jupiter.api.Test;

/** Scores of departments for a year as of a day (issue 10). */
class ScoringTest {

  private static final Department LEAD = new Department(Items.UNIT, "区测试局");
  private static final Department SUPPORT = new Department(Items.OTHER_UNIT, "区配合局");
  private static final LocalDate CREATED = LocalDate.of(2024, 1, 10);

  private static Item numbered(long id, Item item) {
    return new Item(
        id,
        item.parentId(),
        item.origin(),
        item.source(),
        item.title(),
        item.text(),
        item.dueDate(),
        item.status(),
        item.extension(),
        item.createdOn(),
        item.doneOn(),
        item.units(),
        item.milestones());
  }

  @Test
  void overdueAndLateItemsAndLateReportsCostTheLeadUnitPoints() {
    Item onTime =
        numbered(
            1,
            Items.done(
                item(ItemStatus.IN_PROGRESS, CREATED, LocalDate.of(2024, 6, 30)),
                LocalDate.of(2024, 6, 20)));
    Item late =
        numbered(
            2,
            Items.done(
                item(ItemStatus.IN_PROGRESS, CREATED, LocalDate.of(2024, 3, 31)),
                LocalDate.of(2024, 4, 15)));
    Item overdue = numbered(3, item(ItemStatus.IN_PROGRESS, CREATED, LocalDate.of(2024, 5, 31)));
    Item open = numbered(4, item(ItemStatus.IN_PROGRESS, CREATED, LocalDate.of(2024, 12, 31)));
    Item otherYear = numbered(5, item(ItemStatus.IN_PROGRESS, CREATED, LocalDate.of(2025, 12, 31)));
    Map<Long, List<ProgressReport>> reports =
        Map.of(
            1L,
                List.of(
                    report(LocalDate.of(2024, 2, 1), "区测试局"),
                    report(LocalDate.of(2024, 6, 1), "区测试局")),
            3L, List.of(report(LocalDate.of(2024, 2, 5), "区测试局")),
            4L,
                List.of(
                    report(LocalDate.of(2024, 6, 25), "区测试局"),
                    report(LocalDate.of(2024, 6, 26), "区配合局")));

    List<DepartmentScore> scores =
        Scoring.score(
            List.of(LEAD, SUPPORT),
            List.of(onTime, late, overdue, open, otherYear),
            reports,
            2024,
            LocalDate.of(2024, 7, 1),
            SupervisionRules.DEFAULT);

    DepartmentScore lead =
        scores.stream().filter(s -> s.departmentId() == Items.UNIT).findFirst().orElseThrow();
    assertThat(lead.led()).isEqualTo(4);
    assertThat(lead.doneOnTime()).isEqualTo(1);
    assertThat(lead.doneLate()).isEqualTo(1);
    assertThat(lead.overdue()).isEqualTo(1);
    assertThat(lead.open()).isEqualTo(1);
    // On time: item 1's report of 2-1 and item 3's of 2-5. Late: item 1's of 6-1 (121 days after
    // the one before), item 4's of 6-25 (167 days after it was assigned), and the one item 3 owes
    // on 7-1. Item 2, closed without reports, owes none.
    assertThat(lead.reportsOnTime()).isEqualTo(2);
    assertThat(lead.reportsLate()).isEqualTo(3);
    assertThat(lead.score()).isEqualTo(100 - 5 - 3 - 3 * 2);
    DepartmentScore support =
        scores.stream().filter(s -> s.departmentId() == Items.OTHER_UNIT).findFirst().orElseThrow();
    assertThat(support.supported()).isEqualTo(4);
    assertThat(support.led()).isZero();
    assertThat(support.score()).isEqualTo(100);
    assertThat(scores.get(0).department()).isEqualTo("区配合局");
    assertThat(scores.get(0).rank()).isEqualTo(1);
    assertThat(scores.get(1).rank()).isEqualTo(2);
  }

  @Test
  void theRuleIsConfigurable() {
    Item overdue = numbered(3, item(ItemStatus.IN_PROGRESS, CREATED, LocalDate.of(2024, 5, 31)));
    SupervisionRules strict =
        new SupervisionRules(7, 30, new SupervisionRules.ScoreRule(60, 20, 3, 0));
    List<DepartmentScore> scores =
        Scoring.score(
            List.of(LEAD), List.of(overdue), Map.of(), 2024, LocalDate.of(2024, 6, 1), strict);
    assertThat(scores.get(0).score()).isEqualTo(40);
    assertThat(strict.score().describe()).contains("基础分 60 分").contains("逾期未办结扣 20 分");
  }

  @Test
  void equalScoresShareARank() {
    List<DepartmentScore> scores =
        Scoring.score(
            List.of(LEAD, SUPPORT),
            List.of(),
            Map.of(),
            2024,
            LocalDate.of(2024, 6, 1),
            SupervisionRules.DEFAULT);
    assertThat(scores).extracting(DepartmentScore::rank).containsExactly(1, 1);
  }
}
