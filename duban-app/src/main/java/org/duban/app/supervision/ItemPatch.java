package org.duban.app.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * A change to an item: {@code PATCH /api/supervision/items/{id}}. A field left out (null) stays as
 * it is; departments are names or aliases; milestones replace the item's milestones.
 */
public record ItemPatch(
    String title,
    LocalDate dueDate,
    List<String> leadDepartments,
    List<String> supportingDepartments,
    List<MilestoneInput> milestones) {}
