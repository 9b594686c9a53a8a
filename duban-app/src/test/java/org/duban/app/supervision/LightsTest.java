package org.duban.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.duban.app.supervision.Items.item;
import static org.duban.app.supervision.Items.report;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An item's light as a function of the item, its reports and a day (issue 10). */
class LightsTest {

  private static final SupervisionRules RULES = SupervisionRules.DEFAULT;
  private static final LocalDate CREATED = LocalDate.of(2024, 3, 1);
  private static final LocalDate DUE = LocalDate.of(2024, 6, 30);

  private static Light light(Item item, List<ProgressReport> reports, String day) {
    return Lights.of(item, reports, LocalDate.parse(day), RULES);
  }

  @Test
  void anItemOnTrackIsGreen() {
    Item item = item(ItemStatus.IN_PROGRESS, CREATED, DUE);
    assertThat(light(item, List.of(), "2024-03-20")).isEqualTo(Light.GREEN);
  }

  @Test
  void anItemPastItsDueDateIsRedFromTheNextDay() {
    Item item = item(ItemStatus.IN_PROGRESS, CREATED, DUE);
    List<ProgressReport> recent = List.of(report(LocalDate.of(2024, 6, 25), "区测试局"));
    assertThat(light(item, recent, "2024-06-30")).isEqualTo(Light.YELLOW);
    assertThat(light(item, recent, "2024-07-01")).isEqualTo(Light.RED);
    assertThat(Lights.assess(item, recent, LocalDate.of(2024, 7, 1), RULES).reasons().get(0))
        .contains("已超过完成时限 2024-06-30");
  }

  @Test
  void anItemDueWithinTheWarningDaysIsYellow() {
    Item item = item(ItemStatus.IN_PROGRESS, CREATED, DUE);
    List<ProgressReport> recent = List.of(report(LocalDate.of(2024, 6, 20), "区测试局"));
    assertThat(light(item, recent, "2024-06-22")).isEqualTo(Light.GREEN);
    assertThat(light(item, recent, "2024-06-23")).isEqualTo(Light.YELLOW);
  }

  @Test
  void theWarningDaysAreConfigurable() {
    Item item = item(ItemStatus.IN_PROGRESS, CREATED, DUE);
    SupervisionRules rules = new SupervisionRules(14, 30, null);
    List<ProgressReport> recent = List.of(report(LocalDate.of(2024, 6, 10), "区测试局"));
    assertThat(Lights.of(item, recent, LocalDate.of(2024, 6, 16), rules)).isEqualTo(Light.YELLOW);
    assertThat(Lights.of(item, recent, LocalDate.of(2024, 6, 16), RULES)).isEqualTo(Light.GREEN);
  }

  @Test
  void noReportWithinTheCycleIsYellowAndAReportResetsIt() {
    Item item = item(ItemStatus.IN_PROGRESS, CREATED, DUE);
    assertThat(light(item, List.of(), "2024-03-31")).isEqualTo(Light.GREEN);
    assertThat(light(item, List.of(), "2024-04-01")).isEqualTo(Light.YELLOW);
    assertThat(Lights.assess(item, List.of(), LocalDate.of(2024, 4, 1), RULES).reportDue())
        .isTrue();
    List<ProgressReport> reported = List.of(report(LocalDate.of(2024, 3, 28), "区测试局"));
    assertThat(light(item, reported, "2024-04-01")).isEqualTo(Light.GREEN);
  }

  @Test
  void aReportAfterTheDayAskedForDoesNotCount() {
    Item item = item(ItemStatus.IN_PROGRESS, CREATED, DUE);
    List<ProgressReport> later = List.of(report(LocalDate.of(2024, 5, 1), "区测试局"));
    assertThat(light(item, later, "2024-04-15")).isEqualTo(Light.YELLOW);
  }

  @Test
  void aMissedMilestoneIsRedAndOneDoneInTimeIsNot() {
    Milestone open = new Milestone(1L, LocalDate.of(2024, 4, 30), "完成方案", null);
    Milestone done =
        new Milestone(1L, LocalDate.of(2024, 4, 30), "完成方案", LocalDate.of(2024, 4, 28));
    List<ProgressReport> recent = List.of(report(LocalDate.of(2024, 4, 28), "区测试局"));
    assertThat(light(item(ItemStatus.IN_PROGRESS, CREATED, DUE, open), recent, "2024-05-02"))
        .isEqualTo(Light.RED);
    assertThat(light(item(ItemStatus.IN_PROGRESS, CREATED, DUE, done), recent, "2024-05-02"))
        .isEqualTo(Light.GREEN);
    assertThat(light(item(ItemStatus.IN_PROGRESS, CREATED, DUE, open), recent, "2024-04-25"))
        .isEqualTo(Light.YELLOW);
  }

  @Test
  void aClosedItemIsDoneWhateverTheDay() {
    Item item = item(ItemStatus.DONE, CREATED, DUE);
    assertThat(light(item, List.of(), "2030-01-01")).isEqualTo(Light.DONE);
  }

  @Test
  void lookingBackBeforeTheItemExistedOwesNoReport() {
    Item item = item(ItemStatus.PENDING, LocalDate.of(2026, 11, 1), DUE);
    assertThat(light(item, List.of(), "2024-05-01")).isEqualTo(Light.GREEN);
    assertThat(light(item, List.of(), "2025-01-01")).isEqualTo(Light.RED);
  }
}
