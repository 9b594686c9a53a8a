package org.duban.app.supervision;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The reminders (催办记录) sent or attempted on items. */
@Repository
class ReminderRepository {

  private final JdbcClient jdbc;

  ReminderRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Records a reminder before it is sent. An automatic one for an item already reminded
   * automatically that day is not recorded: the result is empty and nothing must be sent.
   */
  Optional<Long> claim(
      long itemId,
      LocalDate day,
      boolean automatic,
      Light light,
      String reason,
      boolean escalated,
      Instant at,
      String by) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    try {
      jdbc.sql(
              "insert into reminder (item_id, reminded_on, auto_key, light, reason, escalated,"
                  + " delivered, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              itemId,
              Date.valueOf(day),
              automatic ? Date.valueOf(day) : null,
              light.name(),
              clip(reason, 1000),
              escalated,
              false,
              Timestamp.from(at),
              by)
          .update(key, "id");
    } catch (DuplicateKeyException e) {
      return Optional.empty();
    }
    return Optional.of(key.getKey().longValue());
  }

  boolean remindedAutomatically(long itemId, LocalDate day) {
    return jdbc.sql("select count(*) from reminder where item_id = ? and auto_key = ?")
            .params(itemId, Date.valueOf(day))
            .query(Long.class)
            .single()
        > 0;
  }

  void settle(long id, String recipients, boolean delivered, String note) {
    jdbc.sql("update reminder set recipients = ?, delivered = ?, note = ? where id = ?")
        .params(clip(recipients, 4000), delivered, clip(note, 1000), id)
        .update();
  }

  List<Reminder> ofItem(long itemId) {
    return jdbc.sql(
            "select id, item_id, reminded_on, auto_key, light, reason, recipients, escalated,"
                + " delivered, note, created_at, created_by from reminder where item_id = ?"
                + " order by id")
        .param(itemId)
        .query(
            (rs, n) ->
                new Reminder(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getDate(3).toLocalDate(),
                    rs.getDate(4) != null,
                    Light.valueOf(rs.getString(5)),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getBoolean(8),
                    rs.getBoolean(9),
                    rs.getString(10),
                    rs.getTimestamp(11).toInstant(),
                    rs.getString(12)))
        .list();
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
