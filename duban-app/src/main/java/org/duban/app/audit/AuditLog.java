package org.duban.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The record of every action on the ledger: who did what to which record, through which channel,
 * from where, when, whether it took effect, and the record before and after.
 */
@Component
public final class AuditLog {

  private static final int DETAIL_LIMIT = 4000;

  private final JdbcClient jdbc;
  private final Clock clock;

  @Autowired
  public AuditLog(JdbcClient jdbc) {
    this(jdbc, Clock.systemUTC());
  }

  AuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void record(AuditEntry entry) {
    jdbc.sql(
            "insert into audit_event (occurred_at, actor, channel, client_address, action, entity,"
                + " entity_id, outcome, detail, before_state, after_state)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            Timestamp.from(clock.instant()),
            entry.actor().name(),
            entry.actor().channel().name(),
            entry.actor().address(),
            entry.action(),
            entry.entity(),
            entry.entityId(),
            entry.outcome().name(),
            truncate(entry.detail()),
            entry.before(),
            entry.after())
        .update();
  }

  /** The latest events, newest first. */
  public List<AuditEvent> latest(int limit) {
    return jdbc.sql(
            "select id, occurred_at, actor, channel, client_address, action, entity, entity_id,"
                + " outcome, detail, before_state, after_state from audit_event"
                + " order by id desc limit ?")
        .param(limit)
        .query((rs, n) -> read(rs))
        .list();
  }

  /** Every event about one record, oldest first: the record's timeline. */
  public List<AuditEvent> of(String entity, long entityId) {
    return jdbc.sql(
            "select id, occurred_at, actor, channel, client_address, action, entity, entity_id,"
                + " outcome, detail, before_state, after_state from audit_event"
                + " where entity = ? and entity_id = ? order by id")
        .params(entity, entityId)
        .query((rs, n) -> read(rs))
        .list();
  }

  private static AuditEvent read(ResultSet rs) throws SQLException {
    long entityId = rs.getLong(8);
    Long id = rs.wasNull() ? null : entityId;
    return new AuditEvent(
        rs.getLong(1),
        rs.getTimestamp(2).toInstant(),
        rs.getString(3),
        AuditChannel.valueOf(rs.getString(4)),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        id,
        AuditOutcome.valueOf(rs.getString(9)),
        rs.getString(10),
        rs.getString(11),
        rs.getString(12));
  }

  private static String truncate(String detail) {
    return detail == null || detail.length() <= DETAIL_LIMIT
        ? detail
        : detail.substring(0, DETAIL_LIMIT);
  }
}
