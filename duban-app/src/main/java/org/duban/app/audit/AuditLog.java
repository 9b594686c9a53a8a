package org.duban.app.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The record of every action on the ledger: who did what to which record, through which channel,
 * from where, when, whether it took effect, and the record before and after.
 */
@Component
public final class AuditLog {

  private static final int DETAIL_LIMIT = 4000;
  private static final String COLUMNS =
      "select id, occurred_at, actor, channel, client_address, action, entity, entity_id,"
          + " outcome, detail, before_state, after_state from audit_event";

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

  /**
   * Records an action. Features that do not otherwise need the trail (the security layer) publish
   * the entry as an application event instead; it arrives here.
   */
  @EventListener
  public void record(AuditEntry entry) {
    jdbc.sql(
            "insert into audit_event (occurred_at, actor, channel, client_address, action, entity,"
                + " entity_id, outcome, detail, before_state, after_state)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            Timestamp.from(clock.instant()),
            cut(entry.actor().name(), 200),
            entry.actor().channel().name(),
            cut(entry.actor().address(), 64),
            cut(entry.action(), 40),
            cut(entry.entity(), 40),
            entry.entityId(),
            entry.outcome().name(),
            cut(ServerPaths.strip(entry.detail()), DETAIL_LIMIT),
            cut(ServerPaths.strip(entry.before()), Integer.MAX_VALUE),
            cut(ServerPaths.strip(entry.after()), Integer.MAX_VALUE))
        .update();
  }

  /** The latest events, newest first. */
  public List<AuditEvent> latest(int limit) {
    return jdbc.sql(COLUMNS + " order by id desc limit ?")
        .param(limit)
        .query((rs, n) -> read(rs))
        .list();
  }

  /** Every event about one record, oldest first: the record's timeline. */
  public List<AuditEvent> of(String entity, long entityId) {
    return jdbc.sql(COLUMNS + " where entity = ? and entity_id = ? order by id")
        .params(entity, entityId)
        .query((rs, n) -> read(rs))
        .list();
  }

  /** The events a query matches, newest first, a page at a time. */
  public List<AuditEvent> find(AuditQuery query, int limit, int offset) {
    Where where = Where.of(query);
    List<Object> params = new ArrayList<>(where.params());
    params.add(limit);
    params.add(offset);
    return jdbc.sql(COLUMNS + where.sql() + " order by id desc limit ? offset ?")
        .params(params)
        .query((rs, n) -> read(rs))
        .list();
  }

  /** How many events a query matches. */
  public long count(AuditQuery query) {
    Where where = Where.of(query);
    return jdbc.sql("select count(*) from audit_event" + where.sql())
        .params(where.params())
        .query(Long.class)
        .single();
  }

  /** Hands every event a query matches to {@code each}, newest first, without holding them all. */
  public void forEach(AuditQuery query, Consumer<AuditEvent> each) {
    Where where = Where.of(query);
    jdbc.sql(COLUMNS + where.sql() + " order by id desc")
        .params(where.params())
        .query((RowCallbackHandler) rs -> each.accept(read(rs)));
  }

  /** The where clause of a query and its parameters, in order. */
  private record Where(String sql, List<Object> params) {

    static Where of(AuditQuery q) {
      List<String> terms = new ArrayList<>();
      List<Object> params = new ArrayList<>();
      add(terms, params, "actor = ?", q.actor());
      add(terms, params, "action = ?", q.action());
      add(terms, params, "entity = ?", q.entity());
      add(terms, params, "entity_id = ?", q.entityId());
      add(terms, params, "occurred_at >= ?", q.from() == null ? null : Timestamp.from(q.from()));
      add(terms, params, "occurred_at < ?", q.to() == null ? null : Timestamp.from(q.to()));
      add(terms, params, "outcome = ?", q.outcome() == null ? null : q.outcome().name());
      add(terms, params, "channel = ?", q.channel() == null ? null : q.channel().name());
      return new Where(terms.isEmpty() ? "" : " where " + String.join(" and ", terms), params);
    }

    private static void add(List<String> terms, List<Object> params, String term, Object value) {
      if (value != null) {
        terms.add(term);
        params.add(value);
      }
    }
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
        // Rows written before paths were stripped on the way in are stripped on the way out.
        ServerPaths.strip(rs.getString(10)),
        ServerPaths.strip(rs.getString(11)),
        ServerPaths.strip(rs.getString(12)));
  }

  // Values longer than their column (a user name typed at the login form) are cut and control
  // characters (PostgreSQL refuses NUL in text) replaced, not refused: the trail must record a
  // hostile attempt, not fail on it.
  private static String cut(String value, int limit) {
    if (value == null) {
      return null;
    }
    int end = Math.min(value.length(), limit);
    if (end < value.length() && end > 0 && Character.isHighSurrogate(value.charAt(end - 1))) {
      end--;
    }
    StringBuilder clean = new StringBuilder(end);
    for (int i = 0; i < end; i++) {
      char c = value.charAt(i);
      clean.append(c < ' ' && c != '\n' && c != '\t' && c != '\r' ? '\uFFFD' : c);
    }
    return clean.toString();
  }
}
