package org.duban.app.supervision;

import java.time.LocalDate;

/**
 * A node (节点) of an item: what is due by a date, and when it was reported done.
 *
 * @param completedOn the day a report marked it done; null while open
 */
public record Milestone(Long id, LocalDate date, String description, LocalDate completedOn) {

  /** Whether it was due before {@code day} and not done by then. */
  public boolean missedBy(LocalDate day) {
    return date.isBefore(day) && (completedOn == null || completedOn.isAfter(day));
  }

  /** Whether it is open on {@code day}. */
  public boolean openOn(LocalDate day) {
    return completedOn == null || completedOn.isAfter(day);
  }
}
