package org.duban.app.audit;

/**
 * One action to record. Build it with {@link #success} or {@link #refused} and add the states with
 * {@link #withStates}.
 *
 * @param action what was done, in capitals: {@code INGEST}, {@code DELETE}, {@code LOGIN}, …
 * @param entity the kind of record acted on: {@code document}, {@code item}, {@code user}, …
 * @param entityId the record's id, null when there is none (a refused upload)
 * @param detail one line for people: what and why (a refusal's reason)
 * @param before the record's state before, as JSON; null for a creation or when not applicable
 * @param after the record's state after, as JSON; null for a deletion or when not applicable
 */
public record AuditEntry(
    Actor actor,
    String action,
    String entity,
    Long entityId,
    AuditOutcome outcome,
    String detail,
    String before,
    String after) {

  public static AuditEntry success(
      Actor actor, String action, String entity, Long entityId, String detail) {
    return new AuditEntry(
        actor, action, entity, entityId, AuditOutcome.SUCCESS, detail, null, null);
  }

  public static AuditEntry refused(
      Actor actor, String action, String entity, Long entityId, String reason) {
    return new AuditEntry(
        actor, action, entity, entityId, AuditOutcome.REFUSED, reason, null, null);
  }

  public AuditEntry withStates(String before, String after) {
    return new AuditEntry(actor, action, entity, entityId, outcome, detail, before, after);
  }
}
