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
import org.duban.app.department.Department;
import org.duban.app.department.DepartmentDirectory;
import org.duban.app.department.UnitConfirmed;
import org.duban.app.web.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts items under supervision and changes them: by hand, from a document's tasks, by the office's
 * edits and splits, and by the steps of the flow. Every change is in the audit log with the item
 * before and after.
 */
@Service
public class ItemService {

  static final int MAX_TITLE = 2000;

  private final ItemRepository items;
  private final DepartmentDirectory directory;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final ObjectMapper json;
  private final ReminderService reminders;

  ItemService(
      ItemRepository items,
      DepartmentDirectory directory,
      AuditLog audit,
      TransactionTemplate transaction,
      Clock clock,
      ObjectMapper json,
      ReminderService reminders) {
    this.items = items;
    this.directory = directory;
    this.audit = audit;
    this.transaction = transaction;
    this.clock = clock;
    this.json = json;
    this.reminders = reminders;
  }

  /** The item, whoever asks. */
  public Item get(long id) {
    return items.find(id).orElseThrow(() -> new NotFoundException("item", id));
  }

  /**
   * The item if this user may see it; a unit's liaison asking for another unit's item is refused.
   */
  public Item visible(long id, Viewer viewer) {
    Item item = get(id);
    if (!viewer.sees(item)) {
      throw ActionRefused.forbidden("该事项不属于" + viewer.departmentName() + "，无权查看");
    }
    return item;
  }

  /** Every item this user may see, in the order they were put under supervision. */
  public List<Item> visible(Viewer viewer) {
    return items.all().stream().filter(viewer::sees).toList();
  }

  public List<Item> children(long parentId) {
    return items.children(parentId);
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** Makes an item by hand. */
  public Item create(ItemDraft draft, Actor actor) {
    String title = title(draft.title());
    if (draft.dueDate() == null) {
      throw ActionRefused.invalid("请给出完成时限（dueDate，格式 YYYY-MM-DD）");
    }
    List<ItemUnit> units = units(draft.leadDepartments(), draft.supportingDepartments());
    List<Milestone> milestones = milestones(draft.milestones());
    String text = draft.text() == null || draft.text().isBlank() ? title : draft.text().strip();
    return transaction.execute(
        status ->
            insert(
                new NewItem(
                    null,
                    Origin.MANUAL,
                    ItemSource.NONE,
                    title,
                    text,
                    draft.dueDate(),
                    units,
                    milestones,
                    List.of()),
                actor));
  }

  /** Stores a new item and records its creation; call inside a transaction. */
  Item insert(NewItem item, Actor actor) {
    long id = items.insert(item, clock.instant(), today());
    Item created = get(id);
    audit.record(
        AuditEntry.success(
                actor, "CREATE", "item", id, created.origin().label() + "：" + created.title())
            .withStates(null, state(created)));
    return created;
  }

  /** Edits title, due date, departments or milestones (the office's work). */
  public Item patch(long id, ItemPatch patch, Actor actor) {
    Item item = get(id);
    String title = patch.title() == null ? item.title() : title(patch.title());
    LocalDate due = patch.dueDate() == null ? item.dueDate() : patch.dueDate();
    List<ItemUnit> units = item.units();
    if (patch.leadDepartments() != null || patch.supportingDepartments() != null) {
      List<ItemUnit> lead =
          patch.leadDepartments() != null
              ? units(patch.leadDepartments(), List.of())
              : item.leadUnits();
      List<ItemUnit> supporting =
          patch.supportingDepartments() != null
              ? units(List.of(), patch.supportingDepartments())
              : item.supportingUnits();
      units = merge(lead, supporting);
    }
    List<Milestone> milestones =
        patch.milestones() == null ? item.milestones() : milestones(patch.milestones());
    List<ItemUnit> newUnits = units;
    return transaction.execute(
        status -> {
          Item changed = with(item, title, due, item.status(), item.extension(), item.doneOn());
          items.update(changed);
          if (newUnits != item.units()) {
            items.replaceUnits(id, newUnits);
          }
          if (patch.milestones() != null) {
            items.replaceMilestones(id, milestones);
          }
          Item after = get(id);
          audit.record(
              AuditEntry.success(actor, "UPDATE", "item", id, "修改事项：" + after.title())
                  .withStates(state(item), state(after)));
          return after;
        });
  }

  /**
   * Splits an item into one sub-item per department (分解): each led by one of the item's
   * departments, or of the departments named. A department that has its sub-item already gets no
   * second one.
   */
  public List<Item> split(long id, List<String> departments, Actor actor) {
    Item parent = get(id);
    List<ItemUnit> targets = new ArrayList<>();
    if (departments == null || departments.isEmpty()) {
      parent.units().stream().filter(ItemUnit::confirmed).forEach(targets::add);
      if (targets.isEmpty()) {
        throw ActionRefused.invalid("该事项还没有确认的责任单位，请先指定单位或在 departments 中给出");
      }
    } else {
      for (String name : departments) {
        Department d = department(name);
        targets.add(new ItemUnit(d.name(), d.id(), true));
      }
    }
    List<Long> existing =
        items.children(id).stream()
            .flatMap(c -> c.leadUnits().stream())
            .map(ItemUnit::departmentId)
            .toList();
    return transaction.execute(
        status -> {
          List<Item> created = new ArrayList<>();
          for (ItemUnit unit : targets) {
            if (existing.contains(unit.departmentId())
                || created.stream().anyMatch(c -> c.involves(unit.departmentId()))) {
              continue;
            }
            List<Milestone> copies =
                parent.milestones().stream()
                    .map(m -> new Milestone(null, m.date(), m.description(), null))
                    .toList();
            ItemSource source = parent.source();
            created.add(
                insert(
                    new NewItem(
                        parent.id(),
                        Origin.SPLIT,
                        new ItemSource(
                            source.documentId(),
                            null,
                            source.number(),
                            source.start(),
                            source.end()),
                        clipTitle(parent.title() + "（" + unit.name() + "）"),
                        parent.text(),
                        parent.dueDate(),
                        List.of(new ItemUnit(unit.name(), unit.departmentId(), true)),
                        copies,
                        items.factIds(parent.id())),
                    actor));
          }
          return created;
        });
  }

  /** Takes a step of the flow, checked against the user's role and the item's state. */
  public Item act(long id, Viewer viewer, ActionRequest request, Actor actor) {
    Item item = visible(id, viewer);
    Flow.Outcome outcome;
    try {
      outcome = Flow.apply(item, viewer, request);
    } catch (ActionRefused refused) {
      audit.record(
          AuditEntry.refused(
              actor,
              request.action() == null ? "ACTION" : request.action().name(),
              "item",
              id,
              refused.getMessage()));
      throw refused;
    }
    if (request.action() == ItemAction.REMIND) {
      reminders.remindNow(item, today(), actor);
      return get(id);
    }
    LocalDate doneOn = outcome.status() == ItemStatus.DONE ? today() : item.doneOn();
    Item changed =
        with(item, item.title(), outcome.dueDate(), outcome.status(), outcome.extension(), doneOn);
    String comment =
        request.comment() == null || request.comment().isBlank()
            ? ""
            : "：" + request.comment().strip();
    return transaction.execute(
        status -> {
          items.update(changed);
          Item after = get(id);
          audit.record(
              AuditEntry.success(
                      actor,
                      request.action().name(),
                      "item",
                      id,
                      request.action().label() + comment)
                  .withStates(state(item), state(after)));
          return after;
        });
  }

  /** A unit name now means a department: the items that name it get linked to it. */
  @EventListener
  void onUnitConfirmed(UnitConfirmed confirmed) {
    items.linkUnit(confirmed.unitName(), confirmed.departmentId());
  }

  /** The item as JSON, for the audit trail. */
  String state(Item item) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("title", item.title());
    s.put("dueDate", item.dueDate().toString());
    s.put("status", item.status().name());
    s.put("leadDepartments", item.leadUnits().stream().map(this::nameOf).toList());
    s.put("supportingDepartments", item.supportingUnits().stream().map(this::nameOf).toList());
    s.put(
        "milestones",
        item.milestones().stream()
            .map(
                m ->
                    Map.of(
                        "date",
                        m.date().toString(),
                        "description",
                        m.description(),
                        "completedOn",
                        m.completedOn() == null ? "" : m.completedOn().toString()))
            .toList());
    if (item.extension() != null) {
      s.put("requestedDueDate", item.extension().requestedDueDate().toString());
    }
    if (item.doneOn() != null) {
      s.put("doneOn", item.doneOn().toString());
    }
    try {
      return json.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String nameOf(ItemUnit unit) {
    return unit.name();
  }

  /** Lead units, then supporting ones, without naming one department twice. */
  private static List<ItemUnit> merge(List<ItemUnit> lead, List<ItemUnit> supporting) {
    List<ItemUnit> units = new ArrayList<>();
    for (ItemUnit u : lead) {
      if (units.stream().noneMatch(x -> same(x, u))) {
        units.add(u);
      }
    }
    for (ItemUnit u : supporting) {
      if (units.stream().noneMatch(x -> same(x, u))) {
        units.add(u);
      }
    }
    return units;
  }

  private static boolean same(ItemUnit a, ItemUnit b) {
    return a.departmentId() != null
        ? a.departmentId().equals(b.departmentId())
        : b.departmentId() == null && a.name().equals(b.name());
  }

  private static Item with(
      Item item,
      String title,
      LocalDate due,
      ItemStatus status,
      Extension extension,
      LocalDate doneOn) {
    return new Item(
        item.id(),
        item.parentId(),
        item.origin(),
        item.source(),
        title,
        item.text(),
        due,
        status,
        extension,
        item.createdOn(),
        doneOn,
        item.units(),
        item.milestones());
  }

  /** The units of a request, each a department the ledger knows by name or alias. */
  private List<ItemUnit> units(List<String> lead, List<String> supporting) {
    List<ItemUnit> units = new ArrayList<>();
    for (String name : lead == null ? List.<String>of() : lead) {
      Department d = department(name);
      if (units.stream().noneMatch(u -> u.departmentId().equals(d.id()))) {
        units.add(new ItemUnit(d.name(), d.id(), true));
      }
    }
    for (String name : supporting == null ? List.<String>of() : supporting) {
      Department d = department(name);
      if (units.stream().noneMatch(u -> u.departmentId().equals(d.id()))) {
        units.add(new ItemUnit(d.name(), d.id(), false));
      }
    }
    return units;
  }

  private Department department(String name) {
    Optional<Department> d = directory.resolve(name);
    return d.orElseThrow(
        () -> ActionRefused.invalid("没有名为「" + name + "」的单位；请先在「单位管理」中添加该单位或把它设为某单位的别名"));
  }

  private static List<Milestone> milestones(List<MilestoneInput> inputs) {
    List<Milestone> milestones = new ArrayList<>();
    for (MilestoneInput m : inputs == null ? List.<MilestoneInput>of() : inputs) {
      if (m == null || m.date() == null || m.description() == null || m.description().isBlank()) {
        throw ActionRefused.invalid("每个节点须有日期（date）和要求（description）");
      }
      milestones.add(new Milestone(m.id(), m.date(), m.description().strip(), null));
    }
    return milestones;
  }

  private static String title(String title) {
    if (title == null || title.isBlank()) {
      throw ActionRefused.invalid("请给出事项名称（title）");
    }
    if (title.strip().length() > MAX_TITLE) {
      throw ActionRefused.invalid("事项名称不能超过 " + MAX_TITLE + " 字");
    }
    return title.strip();
  }

  static String clipTitle(String title) {
    return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE);
  }
}
