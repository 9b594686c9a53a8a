package org.duban.app.audit;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.duban.app.web.EnumParameter;
import org.duban.app.web.InvalidParameterException;

/**
 * The trail's filters as request parameters, unparsed, so that a bad value is answered with a 400
 * naming its parameter.
 */
record AuditParameters(
    @Parameter(description = "user name, exactly") String actor,
    @Parameter(description = "action code: LOGIN, INGEST, DELETE, ACCESS, …") String action,
    @Parameter(description = "kind of record: document, source_file, user, …") String entity,
    @Parameter(description = "the record's id") String entityId,
    @Parameter(description = "from this date (2026-11-29) or time (2026-11-29T08:30), inclusive")
        String from,
    @Parameter(description = "up to this date, inclusive, or time, exclusive") String to,
    @Parameter(description = "SUCCESS or REFUSED") String outcome,
    @Parameter(description = "PAGE, API, CLI or SYSTEM") String channel) {

  private static final int FIRST_YEAR = 1970;
  private static final int LAST_YEAR = 9999;

  AuditQuery toQuery(ZoneId zone) {
    return new AuditQuery(
        text("actor", actor, 200),
        code("action", action),
        text("entity", entity, 40),
        id(entityId),
        time("from", from, zone, false),
        time("to", to, zone, true),
        EnumParameter.parse("outcome", outcome, AuditOutcome.class),
        EnumParameter.parse("channel", channel, AuditChannel.class));
  }

  private static String text(String parameter, String value, int limit) {
    String v = blankToNull(value);
    if (v != null && v.length() > limit) {
      throw new InvalidParameterException(
          parameter,
          "must be at most " + limit + " characters, not " + v.length(),
          "不能超过 " + limit + " 个字符");
    }
    return v;
  }

  private static String code(String parameter, String value) {
    String v = text(parameter, value, 40);
    return v == null ? null : v.toUpperCase(Locale.ROOT);
  }

  private static Long id(String value) {
    String v = blankToNull(value);
    if (v == null) {
      return null;
    }
    try {
      return Long.valueOf(v);
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(
          "entityId", "must be a record id (a whole number), not '" + value + "'", "应为记录编号（整数）");
    }
  }

  /** A date means its whole day: from its start, or up to the start of the next. */
  private static Instant time(String parameter, String value, ZoneId zone, boolean end) {
    String v = blankToNull(value);
    if (v == null) {
      return null;
    }
    Instant time;
    try {
      if (v.length() <= 10) {
        LocalDate day = LocalDate.parse(v);
        time = (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
      } else if (v.endsWith("Z") || v.matches(".*[+-]\\d\\d:\\d\\d$")) {
        time = OffsetDateTime.parse(v).toInstant();
      } else {
        time = LocalDateTime.parse(v).atZone(zone).toInstant();
      }
    } catch (DateTimeException e) {
      throw new InvalidParameterException(
          parameter,
          "must be a date (2026-11-29) or a time (2026-11-29T08:30), not '" + value + "'",
          "应为日期（如 2026-11-29）或时间（如 2026-11-29T08:30）");
    }
    int year = time.atZone(zone).getYear();
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidParameterException(
          parameter,
          "must lie between the years " + FIRST_YEAR + " and " + LAST_YEAR + ", not " + value,
          "应在 " + FIRST_YEAR + " 年到 " + LAST_YEAR + " 年之间");
    }
    return time;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
