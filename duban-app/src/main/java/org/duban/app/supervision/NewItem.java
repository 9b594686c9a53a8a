package org.duban.app.supervision;

import java.time.LocalDate;
import java.util.List;

/** What it takes to put an item under supervision. */
record NewItem(
    Long parentId,
    Origin origin,
    ItemSource source,
    String title,
    String text,
    LocalDate dueDate,
    List<ItemUnit> units,
    List<Milestone> milestones,
    List<Long> factIds) {}
