package org.duban.app.supervision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder (催办记录) on an item: when, why, to whom, and whether the mail went out.
 *
 * @param automatic sent by the daily run rather than by someone pressing 催办
 * @param escalated also sent to the leaders, because the item was red
 * @param note why it was not delivered, when it was not
 */
public record Reminder(
    long id,
    long itemId,
    LocalDate remindedOn,
    boolean automatic,
    Light light,
    String reason,
    String recipients,
    boolean escalated,
    boolean delivered,
    String note,
    Instant createdAt,
    String createdBy) {}
