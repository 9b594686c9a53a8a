package org.duban.app.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.duban.app.department.Department;
import org.duban.app.department.DepartmentRepository;
import org.duban.app.fact.FactFilter;
import org.duban.app.fact.FactRepository;
import org.duban.app.fact.StoredFact;
import org.duban.core.fact.Modality;
import org.springframework.stereotype.Component;

/** Builds the API's and the pages' view of items: names, light on a day, progress, targets. */
@Component
class ItemViews {

  private final DepartmentRepository departments;
  private final ItemRepository items;
  private final FactRepository facts;
  private final SupervisionRules rules;

  ItemViews(
      DepartmentRepository departments,
      ItemRepository items,
      FactRepository facts,
      SupervisionRules rules) {
    this.departments = departments;
    this.items = items;
    this.facts = facts;
    this.rules = rules;
  }

  /** Items for a list: their targets without current figures. */
  List<ItemView> list(List<Item> list, Map<Long, List<ProgressReport>> reports, LocalDate day) {
    Map<Long, String> names = names();
    Map<Long, List<Long>> attached = items.factIdsByItem();
    Map<Long, StoredFact> facts =
        this.facts
            .findByIds(
                list.stream()
                    .flatMap(i -> attached.getOrDefault(i.id(), List.of()).stream())
                    .distinct()
                    .toList())
            .stream()
            .collect(Collectors.toMap(StoredFact::id, f -> f));
    return list.stream()
        .map(
            i ->
                view(
                    i,
                    reports.getOrDefault(i.id(), List.of()),
                    day,
                    names,
                    attached.getOrDefault(i.id(), List.of()).stream()
                        .map(facts::get)
                        .filter(f -> f != null)
                        .map(f -> target(f, null))
                        .toList()))
        .toList();
  }

  private static TargetView target(StoredFact f, TargetView.Current current) {
    return new TargetView(f.id(), f.text(), f.indicator(), f.period(), f.region(), current);
  }

  /** One item, with its targets and their current figures. */
  ItemView detail(Item item, List<ProgressReport> reports, LocalDate day) {
    List<TargetView> targets = new ArrayList<>();
    for (StoredFact f : facts.findByIds(items.factIds(item.id()))) {
      targets.add(target(f, current(f)));
    }
    return view(item, reports, day, names(), targets);
  }

  private ItemView view(
      Item item,
      List<ProgressReport> reports,
      LocalDate day,
      Map<Long, String> names,
      List<TargetView> targets) {
    Assessment a = Lights.assess(item, reports, day, rules);
    ProgressReport last =
        reports.stream()
            .filter(r -> !r.reportedOn().isAfter(day))
            .max(Comparator.comparing(ProgressReport::reportedAt))
            .orElse(null);
    Extension e = item.extension();
    return new ItemView(
        item.id(),
        item.parentId(),
        item.origin(),
        item.origin().label(),
        item.source().documentId(),
        item.source().number(),
        item.source().start(),
        item.source().end(),
        item.title(),
        item.text(),
        item.leadUnits().stream().map(u -> name(u, names)).toList(),
        item.supportingUnits().stream().map(u -> name(u, names)).toList(),
        item.units().stream().filter(u -> !u.confirmed()).map(ItemUnit::name).toList(),
        item.dueDate(),
        e == null ? null : e.requestedDueDate(),
        e == null ? null : e.reason(),
        item.milestones(),
        item.status(),
        item.status().label(),
        a.light(),
        a.light().label(),
        a.reasons(),
        a.reportDue(),
        last == null ? 0 : last.progress(),
        last == null ? null : last.reportedOn(),
        item.createdOn(),
        item.doneOn(),
        targets);
  }

  /** The latest result for the target's indicator in its place, from any document. */
  private TargetView.Current current(StoredFact target) {
    if (target.indicator() == null || target.indicator().isBlank()) {
      return null;
    }
    return facts
        .find(
            new FactFilter(target.region(), target.indicator(), null, Modality.ACTUAL, null, null),
            200,
            0)
        .stream()
        .filter(
            f -> target.indicator().equals(f.indicator()) && f.measure().equals(target.measure()))
        .max(
            Comparator.comparing((StoredFact f) -> f.period() == null ? "" : f.period())
                .thenComparing(StoredFact::documentId))
        .map(f -> new TargetView.Current(f.id(), f.documentId(), f.text(), f.period()))
        .orElse(null);
  }

  Map<Long, String> names() {
    return departments.all().stream()
        .collect(Collectors.toMap(Department::id, Department::name, (a, b) -> a));
  }

  private static String name(ItemUnit unit, Map<Long, String> names) {
    return unit.departmentId() == null
        ? unit.name()
        : names.getOrDefault(unit.departmentId(), unit.name());
  }
}
