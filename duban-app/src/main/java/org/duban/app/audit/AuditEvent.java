package org.duban.app.audit;

import java.time.Instant;

/** One change to the ledger. */
public record AuditEvent(
    long id,
    Instant occurredAt,
    String actor,
    String action,
    String entity,
    Long entityId,
    String detail) {}
