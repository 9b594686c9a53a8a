package org.duban.app.supervision;

import java.time.LocalDate;
import java.util.List;
import org.duban.app.department.DepartmentRepository;
import org.springframework.stereotype.Service;

/** The 考核 ranking of the ledger's departments. */
@Service
public class ScoreService {

  private final DepartmentRepository departments;
  private final ItemRepository items;
  private final ReportRepository reports;
  private final SupervisionRules rules;

  ScoreService(
      DepartmentRepository departments,
      ItemRepository items,
      ReportRepository reports,
      SupervisionRules rules) {
    this.departments = departments;
    this.items = items;
    this.reports = reports;
    this.rules = rules;
  }

  public List<DepartmentScore> scores(int year, LocalDate day) {
    return Scoring.score(departments.all(), items.all(), reports.byItem(), year, day, rules);
  }

  public SupervisionRules.ScoreRule rule() {
    return rules.score();
  }
}
