package org.duban.app.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The record of every change to the ledger: who did what to which record, and when. */
@Component
public final class AuditLog {

  private final JdbcClient jdbc;

  public AuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void record(String actor, String action, String entity, Long entityId, String detail) {
    jdbc.sql(
            "insert into audit_event (occurred_at, actor, action, entity, entity_id, detail)"
                + " values (?, ?, ?, ?, ?, ?)")
        .params(
            Timestamp.from(Instant.now()),
            actor,
            action,
            entity,
            entityId,
            detail == null || detail.length() <= 4000 ? detail : detail.substring(0, 4000))
        .update();
  }

  /** The latest events, newest first. */
  public List<AuditEvent> latest(int limit) {
    return jdbc.sql(
            "select id, occurred_at, actor, action, entity, entity_id, detail from audit_event"
                + " order by id desc limit ?")
        .param(limit)
        .query(
            (rs, n) -> {
              long entityId = rs.getLong(6);
              return new AuditEvent(
                  rs.getLong(1),
                  rs.getTimestamp(2).toInstant(),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.wasNull() ? null : entityId,
                  rs.getString(7));
            })
        .list();
  }
}
