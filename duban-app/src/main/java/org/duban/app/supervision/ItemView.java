package org.duban.app.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * An item as the API answers it, with its light on the day asked for. Codes ({@code status}, {@code
 * light}, {@code origin}) come with their Chinese labels.
 *
 * @param start the task's span in the document's file (as facts), null for an item made by hand
 * @param leadDepartments the lead units: the department's name once known, else as written
 * @param unconfirmedUnits units named that are no department yet, waiting for the office
 * @param progress the latest report's progress, 0 without reports
 */
public record ItemView(
    long id,
    Long parentId,
    Origin origin,
    String originLabel,
    Long documentId,
    String number,
    Integer start,
    Integer end,
    String title,
    String text,
    List<String> leadDepartments,
    List<String> supportingDepartments,
    List<String> unconfirmedUnits,
    LocalDate dueDate,
    LocalDate requestedDueDate,
    String extensionReason,
    List<Milestone> milestones,
    ItemStatus status,
    String statusLabel,
    Light light,
    String lightLabel,
    List<String> lightReasons,
    boolean reportDue,
    int progress,
    LocalDate lastReportOn,
    LocalDate createdOn,
    LocalDate doneOn,
    List<TargetView> targets) {}
