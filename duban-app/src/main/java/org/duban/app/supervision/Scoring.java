package org.duban.app.supervision;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.duban.app.department.Department;

/**
 * Scores departments on the items due in a year, as of a day, by {@link
 * SupervisionRules.ScoreRule}: a pure function of the departments, the items, their reports and the
 * day. An item split into sub-items is scored through its sub-items only.
 */
public final class Scoring {

  private Scoring() {}

  public static List<DepartmentScore> score(
      List<Department> departments,
      List<Item> items,
      Map<Long, List<ProgressReport>> reports,
      int year,
      LocalDate day,
      SupervisionRules rules) {
    Set<Long> parents =
        items.stream().map(Item::parentId).filter(p -> p != null).collect(Collectors.toSet());
    Map<Long, int[]> counts = new LinkedHashMap<>();
    departments.forEach(d -> counts.put(d.id(), new int[8]));
    for (Item item : items) {
      if (item.dueDate().getYear() != year || parents.contains(item.id())) {
        continue;
      }
      boolean done =
          item.status() == ItemStatus.DONE && item.doneOn() != null && !item.doneOn().isAfter(day);
      for (ItemUnit unit : item.units()) {
        int[] c = unit.departmentId() == null ? null : counts.get(unit.departmentId());
        if (c == null) {
          continue;
        }
        if (!unit.lead()) {
          c[1]++;
          continue;
        }
        c[0]++;
        if (done) {
          c[item.doneOn().isAfter(item.dueDate()) ? 3 : 2]++;
        } else if (item.dueDate().isBefore(day)) {
          c[4]++;
        } else {
          c[5]++;
        }
        String name =
            departments.stream()
                .filter(d -> d.id() == unit.departmentId())
                .findFirst()
                .map(Department::name)
                .orElse("");
        int[] timeliness =
            timeliness(
                item,
                reports.getOrDefault(item.id(), List.of()),
                name,
                done,
                day,
                rules.reportEveryDays());
        c[6] += timeliness[0];
        c[7] += timeliness[1];
      }
    }
    SupervisionRules.ScoreRule rule = rules.score();
    List<DepartmentScore> scores = new ArrayList<>();
    for (Department d : departments) {
      int[] c = counts.get(d.id());
      int score =
          Math.max(
              0,
              rule.base()
                  - rule.overduePenalty() * c[4]
                  - rule.lateDonePenalty() * c[3]
                  - rule.lateReportPenalty() * c[7]);
      scores.add(
          new DepartmentScore(
              d.id(), d.name(), c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], score, 0));
    }
    scores.sort(
        Comparator.comparingInt(DepartmentScore::score)
            .reversed()
            .thenComparing(Comparator.comparingInt(DepartmentScore::doneOnTime).reversed())
            .thenComparing(DepartmentScore::department));
    List<DepartmentScore> ranked = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      DepartmentScore s = scores.get(i);
      int rank = i > 0 && scores.get(i - 1).score() == s.score() ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(
          new DepartmentScore(
              s.departmentId(),
              s.department(),
              s.led(),
              s.supported(),
              s.doneOnTime(),
              s.doneLate(),
              s.overdue(),
              s.open(),
              s.reportsOnTime(),
              s.reportsLate(),
              s.score(),
              rank));
    }
    return ranked;
  }

  /**
   * Reports of one lead department on one item: {on time, late}. A report is on time when it came
   * within the cycle after the previous one (or after the item was put under supervision); an open
   * item whose cycle has run out owes one more, counted late.
   */
  static int[] timeliness(
      Item item,
      List<ProgressReport> reports,
      String department,
      boolean done,
      LocalDate day,
      int cycle) {
    LocalDate end = done ? item.doneOn() : day;
    LocalDate previous = item.createdOn();
    int onTime = 0;
    int late = 0;
    List<LocalDate> days =
        reports.stream()
            .filter(r -> department.equals(r.departmentName()))
            .map(ProgressReport::reportedOn)
            .filter(d -> !d.isAfter(end))
            .sorted()
            .toList();
    for (LocalDate d : days) {
      if (ChronoUnit.DAYS.between(previous, d) > cycle) {
        late++;
      } else {
        onTime++;
      }
      previous = d.isAfter(previous) ? d : previous;
    }
    if (!done && previous.isBefore(end) && ChronoUnit.DAYS.between(previous, end) > cycle) {
      late++;
    }
    return new int[] {onTime, late};
  }
}
