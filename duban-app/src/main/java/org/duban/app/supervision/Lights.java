package org.duban.app.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * An item's light as a function of the item, its reports and a day, and nothing else: 已办结 → DONE;
 * past its due date or a missed milestone → RED; due within {@code warnDays}, a milestone due
 * within them, or no report within {@code reportEveryDays} → YELLOW; otherwise GREEN.
 */
public final class Lights {

  private Lights() {}

  public static Assessment assess(
      Item item, List<ProgressReport> reports, LocalDate day, SupervisionRules rules) {
    if (item.status() == ItemStatus.DONE) {
      return new Assessment(Light.DONE, List.of("已办结"), false);
    }
    List<String> red = new ArrayList<>();
    List<String> yellow = new ArrayList<>();
    if (item.dueDate().isBefore(day)) {
      red.add("已超过完成时限 " + item.dueDate() + "（逾期 " + days(item.dueDate(), day) + " 天）");
    } else if (days(day, item.dueDate()) <= rules.warnDays()) {
      yellow.add("距完成时限 " + item.dueDate() + " 还有 " + days(day, item.dueDate()) + " 天");
    }
    for (Milestone m : item.milestones()) {
      if (m.missedBy(day)) {
        red.add("节点「" + m.description() + "」（" + m.date() + "）未按期完成");
      } else if (m.openOn(day) && days(day, m.date()) <= rules.warnDays()) {
        yellow.add("节点「" + m.description() + "」将于 " + m.date() + " 到期");
      }
    }
    LocalDate since = lastReport(item, reports, day);
    boolean reportDue = days(since, day) > rules.reportEveryDays();
    if (reportDue) {
      yellow.add("已 " + days(since, day) + " 天未反馈进展（每 " + rules.reportEveryDays() + " 天至少反馈一次）");
    }
    if (!red.isEmpty()) {
      red.addAll(yellow);
      return new Assessment(Light.RED, red, reportDue);
    }
    if (!yellow.isEmpty()) {
      return new Assessment(Light.YELLOW, yellow, reportDue);
    }
    return new Assessment(Light.GREEN, List.of("正常推进"), false);
  }

  public static Light of(
      Item item, List<ProgressReport> reports, LocalDate day, SupervisionRules rules) {
    return assess(item, reports, day, rules).light();
  }

  /**
   * The day the report cycle last started: the latest report made by {@code day}, or the day the
   * item was put under supervision (or {@code day} itself, looking back before that).
   */
  static LocalDate lastReport(Item item, List<ProgressReport> reports, LocalDate day) {
    LocalDate since = item.createdOn().isAfter(day) ? day : item.createdOn();
    for (ProgressReport r : reports) {
      if (!r.reportedOn().isAfter(day) && r.reportedOn().isAfter(since)) {
        since = r.reportedOn();
      }
    }
    return since;
  }

  private static long days(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to);
  }
}
