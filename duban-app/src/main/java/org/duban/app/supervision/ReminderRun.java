package org.duban.app.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * What a reminder run did.
 *
 * @param due items that were yellow or red that day
 * @param reminded items reminded by this run
 * @param skipped items reminded automatically that day already
 * @param mails the mails sent or attempted, one per department and one per leader
 */
public record ReminderRun(LocalDate day, int due, int reminded, int skipped, List<Mail> mails) {

  /** One mail of the run. */
  public record Mail(
      String kind,
      String department,
      List<String> to,
      String subject,
      boolean delivered,
      String note,
      List<Long> itemIds) {}
}
