package org.duban.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.duban.app.audit.Actor;
import org.duban.app.user.NewUser;
import org.duban.app.user.Role;
import org.duban.app.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reminders by mail at a fixed date: who gets what, and never twice a day (issue 10). */
@SupervisionLedgerTest
class ReminderServiceTest {

  @Autowired JdbcClient jdbc;
  @Autowired UserService users;
  @Autowired ItemService items;
  @Autowired ReminderService reminders;
  @Autowired TestClock clock;

  private final GreenMail mail = TestMailServer.server();
  private final Actor test = Actor.system("test");
  private Item yellow;
  private Item red;
  private Item green;

  @BeforeEach
  void ledger() throws Exception {
    SupervisionTables.clear(jdbc);
    mail.purgeEmailFromAllMailboxes();
    clock.set("2024-06-01T09:00");
    users.add(new NewUser("unit-a", Role.DEPARTMENT, "区甲局", "a@test.example", "password-a1"), test);
    users.add(
        new NewUser("unit-a2", Role.DEPARTMENT, "区甲局", "a2@test.example", "password-a2"), test);
    users.add(new NewUser("unit-b", Role.DEPARTMENT, "区乙局", "b@test.example", "password-b1"), test);
    users.add(new NewUser("boss", Role.LEADER, null, "boss@test.example", "password-l1"), test);
    users.add(
        new NewUser("office", Role.SUPERVISOR, null, "office@test.example", "password-s1"), test);
    yellow = create("甲局的黄灯事项", "区甲局", LocalDate.of(2024, 6, 28));
    red = create("乙局的红灯事项", "区乙局", LocalDate.of(2024, 6, 20));
    green = create("甲局的绿灯事项", "区甲局", LocalDate.of(2024, 12, 31));
    clock.set("2024-06-25T08:00");
  }

  private Item create(String title, String lead, LocalDate due) {
    return items.create(
        new ItemDraft(
            title,
            null,
            List.of(lead),
            List.of("区乙局".equals(lead) ? "区甲局" : "区乙局"),
            due,
            List.of()),
        test);
  }

  private static List<String> recipients(MimeMessage m) throws Exception {
    return Arrays.stream(m.getAllRecipients()).map(Object::toString).sorted().toList();
  }

  @Test
  void oneMailPerDepartmentAndTheLeaderHearsOfRedItems() throws Exception {
    ReminderRun run = reminders.runToday(test);

    assertThat(run.day()).isEqualTo(LocalDate.of(2024, 6, 25));
    assertThat(run.reminded()).isEqualTo(2);
    MimeMessage[] received = mail.getReceivedMessages();
    // GreenMail keeps one copy per recipient: 区甲局's two users, 区乙局's one, the leader.
    assertThat(received).hasSize(4);
    List<String> subjects =
        Arrays.stream(received)
            .map(
                m -> {
                  try {
                    return m.getSubject();
                  } catch (Exception e) {
                    throw new IllegalStateException(e);
                  }
                })
            .distinct()
            .sorted()
            .toList();
    assertThat(subjects).hasSize(3);
    assertThat(run.mails())
        .extracting(ReminderRun.Mail::kind)
        .containsExactlyInAnyOrder("DEPARTMENT", "DEPARTMENT", "LEADER");
    ReminderRun.Mail toA =
        run.mails().stream().filter(m -> "区甲局".equals(m.department())).findFirst().orElseThrow();
    assertThat(toA.to()).containsExactlyInAnyOrder("a@test.example", "a2@test.example");
    assertThat(toA.itemIds()).containsExactly(yellow.id());
    ReminderRun.Mail toLeader =
        run.mails().stream().filter(m -> m.kind().equals("LEADER")).findFirst().orElseThrow();
    assertThat(toLeader.to()).containsExactly("boss@test.example");
    assertThat(toLeader.itemIds()).containsExactly(red.id());
    assertThat(run.mails()).allMatch(ReminderRun.Mail::delivered);

    List<Reminder> onRed = reminders.ofItem(red.id());
    assertThat(onRed).hasSize(1);
    assertThat(onRed.get(0).escalated()).isTrue();
    assertThat(onRed.get(0).recipients()).contains("b@test.example", "boss@test.example");
    assertThat(onRed.get(0).delivered()).isTrue();
    assertThat(reminders.ofItem(green.id())).isEmpty();
  }

  @Test
  void aSecondRunTheSameDaySendsNothingAndTheNextDayRemindsAgain() {
    reminders.runToday(test);
    int first = mail.getReceivedMessages().length;

    ReminderRun again = reminders.runToday(test);
    assertThat(again.reminded()).isZero();
    assertThat(again.skipped()).isEqualTo(2);
    assertThat(again.mails()).isEmpty();
    assertThat(mail.getReceivedMessages()).hasSize(first);
    assertThat(reminders.ofItem(yellow.id())).hasSize(1);

    clock.set("2024-06-26T08:00");
    ReminderRun nextDay = reminders.runToday(test);
    assertThat(nextDay.reminded()).isEqualTo(2);
    assertThat(mail.getReceivedMessages()).hasSize(2 * first);
  }

  @Test
  void aManualReminderGoesOutEvenAfterTheDailyOne() {
    reminders.runToday(test);
    int before = mail.getReceivedMessages().length;
    Viewer office = new Viewer("office", Role.SUPERVISOR, null, null);

    items.act(yellow.id(), office, new ActionRequest(ItemAction.REMIND, null, null), test);

    assertThat(mail.getReceivedMessages()).hasSize(before + 2);
    List<Reminder> recorded = reminders.ofItem(yellow.id());
    assertThat(recorded).hasSize(2);
    assertThat(recorded.get(1).automatic()).isFalse();
    assertThat(recorded.get(1).reason()).startsWith("督查室催办");
  }
}
