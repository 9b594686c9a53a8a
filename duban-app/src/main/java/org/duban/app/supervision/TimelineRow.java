package org.duban.app.supervision;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.duban.app.audit.AuditEvent;
import org.duban.app.audit.AuditOutcome;

/** One line of an item's timeline on its page, in words. */
record TimelineRow(String when, String who, String what, String detail, boolean refused) {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private static final Map<String, String> ACTIONS =
      Map.ofEntries(
          Map.entry("CREATE", "立项"),
          Map.entry("UPDATE", "修改"),
          Map.entry("REPORT", "进展反馈"),
          Map.entry("REMIND", "催办"),
          Map.entry("SIGN", ItemAction.SIGN.label()),
          Map.entry("REQUEST_COMPLETION", ItemAction.REQUEST_COMPLETION.label()),
          Map.entry("APPROVE_COMPLETION", ItemAction.APPROVE_COMPLETION.label()),
          Map.entry("RETURN", ItemAction.RETURN.label()),
          Map.entry("REQUEST_EXTENSION", ItemAction.REQUEST_EXTENSION.label()),
          Map.entry("APPROVE_EXTENSION", ItemAction.APPROVE_EXTENSION.label()),
          Map.entry("ACTION", "操作"));

  private static final Map<String, String> CHANNELS =
      Map.of("PAGE", "网页", "API", "接口", "CLI", "命令行", "SYSTEM", "系统");

  static TimelineRow of(AuditEvent e, ZoneId zone) {
    String what = ACTIONS.getOrDefault(e.action(), "其他操作");
    boolean refused = e.outcome() == AuditOutcome.REFUSED;
    return new TimelineRow(
        TIME.format(e.occurredAt().atZone(zone)),
        e.actor() + "（" + CHANNELS.getOrDefault(e.channel().name(), "") + "）",
        refused ? what + "（被拒绝）" : what,
        e.detail(),
        refused);
  }
}
