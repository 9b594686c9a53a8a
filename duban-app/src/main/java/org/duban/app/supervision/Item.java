package org.duban.app.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * A supervised item (督办事项) as the ledger holds it.
 *
 * @param parentId the item it was split from; null for a top item
 * @param extension a pending request for more time; null when there is none
 * @param createdOn the day it was put under supervision: the report cycle counts from it
 * @param doneOn the day the office accepted it as done; null while open
 */
public record Item(
    long id,
    Long parentId,
    Origin origin,
    ItemSource source,
    String title,
    String text,
    LocalDate dueDate,
    ItemStatus status,
    Extension extension,
    LocalDate createdOn,
    LocalDate doneOn,
    List<ItemUnit> units,
    List<Milestone> milestones) {

  public Item {
    units = List.copyOf(units);
    milestones = List.copyOf(milestones);
  }

  public List<ItemUnit> leadUnits() {
    return units.stream().filter(ItemUnit::lead).toList();
  }

  public List<ItemUnit> supportingUnits() {
    return units.stream().filter(u -> !u.lead()).toList();
  }

  public boolean ledBy(long departmentId) {
    return units.stream()
        .anyMatch(u -> u.lead() && Long.valueOf(departmentId).equals(u.departmentId()));
  }

  public boolean involves(long departmentId) {
    return units.stream().anyMatch(u -> Long.valueOf(departmentId).equals(u.departmentId()));
  }
}
