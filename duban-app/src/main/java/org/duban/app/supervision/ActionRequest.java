package org.duban.app.supervision;

import java.time.LocalDate;

/**
 * A step to take on an item: {@code POST /api/supervision/items/{id}/actions}.
 *
 * @param comment the reason of a return or an extension request, a note otherwise
 * @param dueDate the new due date asked for (申请延期) or granted (批准延期)
 */
public record ActionRequest(ItemAction action, String comment, LocalDate dueDate) {}
