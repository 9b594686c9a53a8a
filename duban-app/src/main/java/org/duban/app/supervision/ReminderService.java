package org.duban.app.supervision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duban.app.audit.Actor;
import org.duban.app.audit.AuditEntry;
import org.duban.app.audit.AuditLog;
import org.duban.app.department.DepartmentRepository;
import org.duban.app.user.Role;
import org.duban.app.user.UserAccount;
import org.duban.app.user.UserRepository;
import org.springframework.stereotype.Service;

/**
 * Reminds (催办): mails each lead department's users about its yellow and red items and the reports
 * it owes, and the leaders about red items. Every reminder is recorded on its item, sent or not;
 * the daily run reminds an item at most once a day, also with several servers.
 */
@Service
public class ReminderService {

  private final ItemRepository items;
  private final ReportRepository reports;
  private final ReminderRepository reminders;
  private final UserRepository users;
  private final DepartmentRepository departments;
  private final Outbox outbox;
  private final AuditLog audit;
  private final Clock clock;
  private final SupervisionRules rules;
  private final ObjectMapper json;

  ReminderService(
      ItemRepository items,
      ReportRepository reports,
      ReminderRepository reminders,
      UserRepository users,
      DepartmentRepository departments,
      Outbox outbox,
      AuditLog audit,
      Clock clock,
      SupervisionRules rules,
      ObjectMapper json) {
    this.items = items;
    this.reports = reports;
    this.reminders = reminders;
    this.users = users;
    this.departments = departments;
    this.outbox = outbox;
    this.audit = audit;
    this.clock = clock;
    this.rules = rules;
    this.json = json;
  }

  /** The daily job's work, for today. */
  public ReminderRun runToday(Actor actor) {
    return run(LocalDate.now(clock), actor);
  }

  /** Reminds every yellow and red item as of {@code day} that was not reminded that day. */
  public ReminderRun run(LocalDate day, Actor actor) {
    Map<Long, List<ProgressReport>> byItem = reports.byItem();
    List<Claimed> claimed = new ArrayList<>();
    int due = 0;
    int skipped = 0;
    for (Item item : items.all()) {
      if (item.status() == ItemStatus.DONE) {
        continue;
      }
      Assessment a = Lights.assess(item, byItem.getOrDefault(item.id(), List.of()), day, rules);
      if (a.light() != Light.YELLOW && a.light() != Light.RED) {
        continue;
      }
      due++;
      Optional<Long> id = claim(item, a, day, true, actor);
      if (id.isEmpty()) {
        skipped++;
      } else {
        claimed.add(new Claimed(item, a, id.get()));
      }
    }
    List<ReminderRun.Mail> mails = send(claimed, day, actor, true);
    return new ReminderRun(day, due, claimed.size(), skipped, mails);
  }

  /** 催办 pressed for one item: reminds it now, whatever was sent before. */
  public ReminderRun remindNow(Item item, LocalDate day, Actor actor) {
    Assessment a = Lights.assess(item, reports.ofItem(item.id()), day, rules);
    Light light = a.light() == Light.DONE ? Light.GREEN : a.light();
    Assessment manual =
        new Assessment(light, List.of("督查室催办：" + String.join("；", a.reasons())), a.reportDue());
    long id = claim(item, manual, day, false, actor).orElseThrow();
    List<ReminderRun.Mail> mails = send(List.of(new Claimed(item, manual, id)), day, actor, false);
    return new ReminderRun(day, 1, 1, 0, mails);
  }

  public List<Reminder> ofItem(long itemId) {
    return reminders.ofItem(itemId);
  }

  private Optional<Long> claim(
      Item item, Assessment a, LocalDate day, boolean automatic, Actor actor) {
    return reminders.claim(
        item.id(),
        day,
        automatic,
        a.light(),
        String.join("；", a.reasons()),
        a.light() == Light.RED,
        clock.instant(),
        actor.name());
  }

  /** A reminder recorded for an item and waiting to be sent. */
  private record Claimed(Item item, Assessment assessment, long reminderId) {}

  /** The outcome of the mails one reminder went out in. */
  private static final class Settlement {
    final List<String> recipients = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    boolean delivered = true;

    void add(List<String> to, Outbox.Delivery delivery) {
      recipients.addAll(to);
      if (!delivery.delivered()) {
        delivered = false;
        notes.add(delivery.note());
      }
    }
  }

  private List<ReminderRun.Mail> send(
      List<Claimed> claimed, LocalDate day, Actor actor, boolean automatic) {
    Map<Long, Settlement> settlements = new LinkedHashMap<>();
    claimed.forEach(c -> settlements.put(c.reminderId(), new Settlement()));
    Map<Long, List<Claimed>> byDepartment = new LinkedHashMap<>();
    for (Claimed c : claimed) {
      List<ItemUnit> leads = c.item().leadUnits().stream().filter(ItemUnit::confirmed).toList();
      if (leads.isEmpty()) {
        Settlement s = settlements.get(c.reminderId());
        s.delivered = false;
        s.notes.add("尚无确认的牵头单位，无人可催");
      }
      for (ItemUnit lead : leads) {
        byDepartment.computeIfAbsent(lead.departmentId(), k -> new ArrayList<>()).add(c);
      }
    }
    List<ReminderRun.Mail> mails = new ArrayList<>();
    for (Map.Entry<Long, List<Claimed>> e : byDepartment.entrySet()) {
      String department =
          departments.findById(e.getKey()).map(d -> d.name()).orElse("单位" + e.getKey());
      List<String> to = emails(users.findByDepartment(e.getKey()));
      String subject =
          "【督办提醒】" + department + "有 " + e.getValue().size() + " 项督办事项需要关注（" + day + "）";
      Outbox.Delivery delivery = outbox.send(to, subject, body(department, e.getValue(), day));
      e.getValue().forEach(c -> settlements.get(c.reminderId()).add(to, delivery));
      mails.add(mail("DEPARTMENT", department, to, subject, delivery, e.getValue()));
    }
    List<Claimed> red = claimed.stream().filter(c -> c.assessment().light() == Light.RED).toList();
    if (!red.isEmpty()) {
      for (UserAccount leader : users.findByRole(Role.LEADER)) {
        List<String> to = emails(List.of(leader));
        String subject = "【督办预警】" + red.size() + " 项督办事项已亮红灯（" + day + "）";
        Outbox.Delivery delivery = outbox.send(to, subject, body("领导", red, day));
        red.forEach(c -> settlements.get(c.reminderId()).add(to, delivery));
        mails.add(mail("LEADER", null, to, subject, delivery, red));
      }
    }
    for (Claimed c : claimed) {
      Settlement s = settlements.get(c.reminderId());
      String recipients = String.join(", ", s.recipients.stream().distinct().toList());
      String note =
          s.notes.isEmpty() ? null : String.join("；", s.notes.stream().distinct().toList());
      reminders.settle(c.reminderId(), recipients, s.delivered, note);
      Map<String, Object> state = new LinkedHashMap<>();
      state.put("remindedOn", day.toString());
      state.put("automatic", automatic);
      state.put("light", c.assessment().light().name());
      state.put("reason", String.join("；", c.assessment().reasons()));
      state.put("recipients", recipients);
      state.put("delivered", s.delivered);
      state.put("note", note);
      audit.record(
          AuditEntry.success(
                  actor,
                  "REMIND",
                  "item",
                  c.item().id(),
                  (automatic ? "自动催办" : "催办")
                      + (s.delivered ? "，已发送至 " + recipients : "，未发送：" + note))
              .withStates(null, json(state)));
    }
    return mails;
  }

  private static ReminderRun.Mail mail(
      String kind,
      String department,
      List<String> to,
      String subject,
      Outbox.Delivery delivery,
      List<Claimed> about) {
    return new ReminderRun.Mail(
        kind,
        department,
        to,
        subject,
        delivery.delivered(),
        delivery.note(),
        about.stream().map(c -> c.item().id()).toList());
  }

  private static List<String> emails(List<UserAccount> accounts) {
    return accounts.stream()
        .filter(UserAccount::enabled)
        .map(UserAccount::email)
        .filter(e -> e != null && !e.isBlank())
        .distinct()
        .toList();
  }

  private String body(String to, List<Claimed> about, LocalDate day) {
    StringBuilder b =
        new StringBuilder(to).append("：\n\n截至 ").append(day).append("，以下督办事项需要关注：\n\n");
    int n = 1;
    for (Claimed c : about) {
      Item item = c.item();
      b.append(n++)
          .append(". 【")
          .append(c.assessment().light().label())
          .append("】")
          .append(item.title())
          .append("（事项编号 ")
          .append(item.id())
          .append("，完成时限 ")
          .append(item.dueDate())
          .append("，")
          .append(item.status().label())
          .append("）\n   ")
          .append(String.join("；", c.assessment().reasons()))
          .append('\n');
    }
    b.append("\n请登录督办系统查看并及时反馈进展。\n");
    return b.toString();
  }

  private String json(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
