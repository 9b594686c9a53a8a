package org.duban.app.supervision;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.app.audit.Actor;
import org.duban.app.audit.AuditChannel;
import org.duban.app.department.Department;
import org.duban.app.department.DepartmentDirectory;
import org.duban.app.department.UnitProposal;
import org.duban.app.document.DocumentFilter;
import org.duban.app.document.DocumentRepository;
import org.duban.app.document.DocumentSummary;
import org.duban.app.user.NewUser;
import org.duban.app.user.Role;
import org.duban.app.user.UserRepository;
import org.duban.app.user.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's 督办: users of every role (their passwords printed), the sample key-work arrangement's
 * tasks as items assigned to their departments, and a few steps taken so that every light and state
 * shows. Due dates are set from today, so the lights look the same on any day.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
@ConditionalOnProperty(name = "duban.demo", havingValue = "true")
class SupervisionDemo implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(SupervisionDemo.class);
  private static final String KEY_WORK = "linjiang-2024-key-work.txt";

  /** A demo user: name, role, department and what it is for. */
  private record DemoUser(String name, Role role, String department, String what) {}

  private static final List<DemoUser> USERS =
      List.of(
          new DemoUser("duchashi", Role.SUPERVISOR, null, "督查室"),
          new DemoUser("lingdao", Role.LEADER, null, "领导（接收红灯升级提醒）"),
          new DemoUser("fagaiwei", Role.DEPARTMENT, "区发展改革委", "区发展改革委联络员"),
          new DemoUser("shangwuwei", Role.DEPARTMENT, "区商务委", "区商务委联络员"),
          new DemoUser("minzhengju", Role.DEPARTMENT, "区民政局", "区民政局联络员"),
          new DemoUser("fangguanju", Role.DEPARTMENT, "区房管局", "区房管局联络员"));

  private final UserService userService;
  private final UserRepository users;
  private final DepartmentDirectory directory;
  private final DocumentRepository documents;
  private final DocumentItems documentItems;
  private final ItemService items;
  private final ReportService reports;
  private final ReminderService reminders;
  private final String password;

  SupervisionDemo(
      UserService userService,
      UserRepository users,
      DepartmentDirectory directory,
      DocumentRepository documents,
      DocumentItems documentItems,
      ItemService items,
      ReportService reports,
      ReminderService reminders,
      @Value("${duban.demo-password:}") String password) {
    this.userService = userService;
    this.users = users;
    this.directory = directory;
    this.documents = documents;
    this.documentItems = documentItems;
    this.items = items;
    this.reports = reports;
    this.reminders = reminders;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    DocumentSummary keyWork =
        documents.list(DocumentFilter.ALL).stream()
            .filter(d -> KEY_WORK.equals(d.source()))
            .findFirst()
            .orElse(null);
    if (keyWork == null || users.findByName("duchashi").isPresent()) {
      return;
    }
    Actor demo = Actor.system("demo");
    Map<String, String> passwords = new LinkedHashMap<>();
    for (DemoUser u : USERS) {
      String secret = password.isBlank() ? randomPassword() : password;
      userService.add(
          new NewUser(u.name(), u.role(), u.department(), u.name() + "@linjiang.example", secret),
          demo);
      passwords.put(u.name(), secret);
    }
    Department fagai = directory.resolve("区发展改革委").orElseThrow();
    directory.addAlias(fagai.id(), "区发改委", demo);
    List<Item> created = documentItems.fromDocument(keyWork.id(), demo).items();
    // The demo office accepts every unit the arrangement names as a department.
    for (UnitProposal p : directory.openProposals()) {
      directory.confirm(p.id(), null, demo);
    }
    stage(created, demo);
    reminders.runToday(demo);
    StringBuilder table = new StringBuilder("demo 督办 users (log in at /login):");
    for (DemoUser u : USERS) {
      table.append(
          String.format(
              "%n  %-11s password %-20s %s", u.name(), passwords.get(u.name()), u.what()));
    }
    table.append(String.format("%n  and the administrator 'admin' (its password is logged above)"));
    log.info(table.toString());
  }

  /** Due dates from today and a few steps, so that each light and state is on show. */
  private void stage(List<Item> created, Actor demo) {
    LocalDate today = items.today();
    Map<String, Viewer> viewers = new LinkedHashMap<>();
    users.all().forEach(u -> viewers.put(u.username(), Viewer.of(u)));
    Viewer office = viewers.get("duchashi");
    List<Item> list = new ArrayList<>(created);
    for (int i = 0; i < list.size(); i++) {
      Item item = items.get(list.get(i).id());
      items.patch(
          item.id(), new ItemPatch(null, today.plusDays(40 + 10L * i), null, null, null), demo);
    }
    // 1 稳住经济增长 (区发展改革委): signed, reported, a milestone: green.
    Item growth = list.get(0);
    items.patch(
        growth.id(),
        new ItemPatch(
            null,
            null,
            null,
            null,
            List.of(new MilestoneInput(null, today.plusDays(20), "上半年经济运行分析报告"))),
        demo);
    step(growth, viewers.get("fagaiwei"), ItemAction.SIGN, null, null);
    report(growth, viewers.get("fagaiwei"), "一季度地区生产总值同比增长5.6%，重点项目开工12个。", 30, "地区生产总值增长5.6%");
    // 2 总部经济 (区商务委): signed, due in five days: yellow.
    Item headquarters = list.get(1);
    items.patch(headquarters.id(), new ItemPatch(null, today.plusDays(5), null, null, null), demo);
    step(headquarters, viewers.get("shangwuwei"), ItemAction.SIGN, null, null);
    report(headquarters, viewers.get("shangwuwei"), "已引进跨国公司地区总部3家，另有2家在洽谈。", 70, "跨国公司地区总部3家");
    // 5 利用外资 (区商务委): done.
    Item investment = list.get(4);
    step(investment, viewers.get("shangwuwei"), ItemAction.SIGN, null, null);
    report(investment, viewers.get("shangwuwei"), "全年引进外资项目108个，实到外资13.4亿美元。", 100, "实到外资13.4亿美元");
    step(investment, viewers.get("shangwuwei"), ItemAction.REQUEST_COMPLETION, "目标已完成", null);
    step(investment, office, ItemAction.APPROVE_COMPLETION, "佐证材料齐全，同意办结", null);
    // 6 养老服务 (区民政局): asks to close.
    Item elderly = list.get(5);
    step(elderly, viewers.get("minzhengju"), ItemAction.SIGN, null, null);
    report(elderly, viewers.get("minzhengju"), "新增养老床位420张，新建长者食堂10家，改造日间照料中心6家。", 100, "养老床位420张");
    step(elderly, viewers.get("minzhengju"), ItemAction.REQUEST_COMPLETION, "各项指标均已完成", null);
    // 7 住房保障 (区房管局): past its due date: red; it asked for more time.
    Item housing = list.get(6);
    step(housing, viewers.get("fangguanju"), ItemAction.SIGN, null, null);
    items.patch(housing.id(), new ItemPatch(null, today.minusDays(10), null, null, null), demo);
    step(
        housing,
        viewers.get("fangguanju"),
        ItemAction.REQUEST_EXTENSION,
        "加装电梯需居民签字同意，进度滞后",
        today.plusDays(60));
  }

  private void step(Item item, Viewer viewer, ItemAction action, String comment, LocalDate due) {
    items.act(item.id(), viewer, new ActionRequest(action, comment, due), as(viewer));
  }

  private void report(Item item, Viewer viewer, String text, int progress, String figures) {
    reports.submit(
        item.id(),
        viewer,
        new ReportInput(text, progress, figures, List.of()),
        List.of(),
        as(viewer));
  }

  /** The demo acts in the name of its users, so that the timelines read as they would. */
  private static Actor as(Viewer viewer) {
    return new Actor(viewer.username(), AuditChannel.SYSTEM, null);
  }

  private static String randomPassword() {
    byte[] random = new byte[6];
    new SecureRandom().nextBytes(random);
    return "demo-" + HexFormat.of().formatHex(random);
  }
}
