package org.duban.app.supervision;

import java.time.LocalDate;
import java.util.List;

/** An item made by hand: {@code POST /api/supervision/items}. Department names or aliases. */
public record ItemDraft(
    String title,
    String text,
    List<String> leadDepartments,
    List<String> supportingDepartments,
    LocalDate dueDate,
    List<MilestoneInput> milestones) {}
