package org.duban.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the audit trail must do on every database the ledger runs on (issue 12). */
abstract class AuditLogContract {

  private static final Instant MONDAY = Instant.parse("2026-01-05T09:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-01-06T09:00:00Z");

  @Autowired JdbcClient jdbc;

  private final Actor li = new Actor("li", AuditChannel.PAGE, "10.0.0.1");

  @BeforeEach
  void emptyTrail() {
    jdbc.sql("delete from audit_event").update();
  }

  private AuditLog at(Instant time) {
    return new AuditLog(jdbc, Clock.fixed(time, ZoneOffset.UTC));
  }

  private List<String> actions(AuditQuery query) {
    return at(MONDAY).find(query, 100, 0).stream().map(AuditEvent::action).toList();
  }

  @Test
  void findsByEveryFilterNewestFirst() {
    at(MONDAY).record(AuditEntry.success(li, "LOGIN", "user", null, "ok"));
    at(MONDAY).record(AuditEntry.refused(li, "DELETE", "document", 7L, "role"));
    at(TUESDAY)
        .record(AuditEntry.success(Actor.system("demo"), "INGEST", "source_file", 3L, "a.txt"));

    assertThat(actions(AuditQuery.ALL)).containsExactly("INGEST", "DELETE", "LOGIN");
    assertThat(actions(new AuditQuery("li", null, null, null, null, null, null, null)))
        .containsExactly("DELETE", "LOGIN");
    assertThat(actions(new AuditQuery(null, "LOGIN", null, null, null, null, null, null)))
        .containsExactly("LOGIN");
    assertThat(actions(new AuditQuery(null, null, "document", 7L, null, null, null, null)))
        .containsExactly("DELETE");
    assertThat(
            actions(new AuditQuery(null, null, null, null, null, null, AuditOutcome.REFUSED, null)))
        .containsExactly("DELETE");
    assertThat(
            actions(new AuditQuery(null, null, null, null, null, null, null, AuditChannel.SYSTEM)))
        .containsExactly("INGEST");
    assertThat(actions(new AuditQuery(null, null, null, null, TUESDAY, null, null, null)))
        .containsExactly("INGEST");
    assertThat(actions(new AuditQuery(null, null, null, null, null, TUESDAY, null, null)))
        .containsExactly("DELETE", "LOGIN");
    assertThat(at(MONDAY).count(new AuditQuery("li", null, null, null, null, null, null, null)))
        .isEqualTo(2);
    assertThat(at(MONDAY).find(AuditQuery.ALL, 1, 1))
        .extracting(AuditEvent::action)
        .containsExactly("DELETE");
    List<String> streamed = new ArrayList<>();
    at(MONDAY).forEach(AuditQuery.ALL, e -> streamed.add(e.action()));
    assertThat(streamed).containsExactly("INGEST", "DELETE", "LOGIN");
  }

  @Test
  void recordsHostileValuesInsteadOfFailingOnThem() {
    String name = "x".repeat(300) + "\u0000";
    at(MONDAY)
        .record(
            AuditEntry.refused(
                new Actor(name, AuditChannel.API, "1".repeat(100)),
                "LOGIN",
                "user",
                null,
                "坏\u0000值 " + "长".repeat(5000)));

    AuditEvent event = at(MONDAY).latest(1).get(0);
    assertThat(event.actor()).hasSize(200).startsWith("xxx");
    assertThat(event.clientAddress()).hasSize(64);
    assertThat(event.detail()).startsWith("坏\uFFFD值").hasSize(4000);
  }

  @Test
  void keepsFileNamesButNotTheFoldersTheyLayIn() {
    at(MONDAY)
        .record(
            AuditEntry.refused(li, "INGEST", "source_file", null, "cannot read /srv/in/密件.pdf")
                .withStates(null, "{\"source\":\"/home/ops/a.docx\"}"));
    jdbc.sql(
            "insert into audit_event (occurred_at, actor, channel, action, entity, detail)"
                + " values (?, 'old', 'CLI', 'INGEST', 'source_file', '/root/corpus/b.txt (1)')")
        .param(java.sql.Timestamp.from(MONDAY))
        .update();

    List<AuditEvent> events = at(MONDAY).find(AuditQuery.ALL, 10, 0);
    assertThat(events)
        .extracting(AuditEvent::detail)
        .containsExactly("b.txt (1)", "cannot read 密件.pdf");
    assertThat(events.get(1).after()).isEqualTo("{\"source\":\"a.docx\"}");
  }
}
