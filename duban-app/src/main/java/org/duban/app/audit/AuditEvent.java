package org.duban.app.audit;

import java.time.Instant;

/** One recorded action on the ledger, as read back from the trail. */
public record AuditEvent(
    long id,
    Instant occurredAt,
    String actor,
    AuditChannel channel,
    String clientAddress,
    String action,
    String entity,
    Long entityId,
    AuditOutcome outcome,
    String detail,
    String before,
    String after) {}
