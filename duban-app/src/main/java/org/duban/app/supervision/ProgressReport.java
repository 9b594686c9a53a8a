package org.duban.app.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A progress report (进展反馈) on an item.
 *
 * @param reportedOn the office's calendar day of {@code reportedAt}: report cycles count days
 * @param progress how far the work is, 0 to 100
 * @param figures what the unit reports it has reached, as written (e.g. "新增养老床位320张")
 */
public record ProgressReport(
    long id,
    long itemId,
    String author,
    String departmentName,
    Instant reportedAt,
    LocalDate reportedOn,
    String text,
    int progress,
    String figures,
    List<Evidence> evidence) {

  public ProgressReport {
    evidence = List.copyOf(evidence);
  }
}
