package org.duban.app.audit;

import java.time.Instant;

/**
 * Which recorded actions a search of the trail returns; null fields do not filter.
 *
 * @param actor the user name, exactly
 * @param action the action code, e.g. {@code LOGIN}
 * @param entity the kind of record, e.g. {@code document}
 * @param entityId the record's id (with or without {@code entity})
 * @param from the earliest time, inclusive
 * @param to the latest time, exclusive
 */
public record AuditQuery(
    String actor,
    String action,
    String entity,
    Long entityId,
    Instant from,
    Instant to,
    AuditOutcome outcome,
    AuditChannel channel) {

  public static final AuditQuery ALL =
      new AuditQuery(null, null, null, null, null, null, null, null);
}
