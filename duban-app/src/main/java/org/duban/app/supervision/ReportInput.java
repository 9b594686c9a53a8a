package org.duban.app.supervision;

import java.util.List;

/**
 * A progress report as a unit hands it in.
 *
 * @param progress how far the work is, 0 to 100
 * @param figures figures reached, as written; optional
 * @param milestoneIds the item's milestones this report says are done; optional
 */
public record ReportInput(String text, Integer progress, String figures, List<Long> milestoneIds) {}
