package org.duban.app.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Items and reports built for the tests of the rules. */
final class Items {

  static final long UNIT = 7;
  static final long OTHER_UNIT = 8;

  private Items() {}

  static Item item(ItemStatus status, LocalDate created, LocalDate due, Milestone... milestones) {
    return new Item(
        1,
        null,
        Origin.MANUAL,
        ItemSource.NONE,
        "测试事项",
        "测试事项的任务内容。",
        due,
        status,
        null,
        created,
        status == ItemStatus.DONE ? due : null,
        List.of(new ItemUnit("区测试局", UNIT, true), new ItemUnit("区配合局", OTHER_UNIT, false)),
        List.of(milestones));
  }

  static Item withExtension(Item item, LocalDate requested) {
    return new Item(
        item.id(),
        item.parentId(),
        item.origin(),
        item.source(),
        item.title(),
        item.text(),
        item.dueDate(),
        item.status(),
        new Extension(requested, "需要更多时间"),
        item.createdOn(),
        item.doneOn(),
        item.units(),
        item.milestones());
  }

  static Item done(Item item, LocalDate on) {
    return new Item(
        item.id(),
        item.parentId(),
        item.origin(),
        item.source(),
        item.title(),
        item.text(),
        item.dueDate(),
        ItemStatus.DONE,
        null,
        item.createdOn(),
        on,
        item.units(),
        item.milestones());
  }

  static ProgressReport report(LocalDate on, String department) {
    return new ProgressReport(
        1,
        1,
        "tester",
        department,
        Instant.parse(on + "T02:00:00Z"),
        on,
        "进展",
        50,
        null,
        List.of());
  }
}
