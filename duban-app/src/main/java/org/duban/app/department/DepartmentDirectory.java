package org.duban.app.department;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duban.app.audit.Actor;
import org.duban.app.audit.AuditEntry;
import org.duban.app.audit.AuditLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which department a unit name means, and the office's changes to departments: new departments,
 * other names (区发展改革委 = 区发改委), and decisions on the unit names proposed from documents.
 */
@Service
public class DepartmentDirectory {

  private static final int MAX_NAME = 200;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final DepartmentRepository departments;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  public DepartmentDirectory(
      DepartmentRepository departments,
      AuditLog audit,
      ApplicationEventPublisher events,
      TransactionTemplate transaction) {
    this.departments = departments;
    this.audit = audit;
    this.events = events;
    this.transaction = transaction;
  }

  /** Every department with its aliases, by name. */
  public List<DepartmentEntry> all() {
    Map<Long, List<String>> aliases = departments.aliases();
    return departments.all().stream()
        .map(d -> new DepartmentEntry(d.id(), d.name(), aliases.getOrDefault(d.id(), List.of())))
        .toList();
  }

  /**
   * The department a name means: its own name, one of its aliases, or, failing both, the one
   * department whose name or alias has the same {@link UnitNames#key key}.
   */
  public Optional<Department> resolve(String written) {
    String name = UnitNames.tidy(written);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Optional<Department> exact =
        departments.findByName(name).or(() -> departments.findByAlias(name));
    if (exact.isPresent()) {
      return exact;
    }
    String key = UnitNames.key(name);
    List<Department> same = new ArrayList<>();
    for (DepartmentEntry d : all()) {
      boolean match = UnitNames.key(d.name()).equals(key);
      for (String alias : d.aliases()) {
        match |= UnitNames.key(alias).equals(key);
      }
      if (match) {
        same.add(new Department(d.id(), d.name()));
      }
    }
    return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
  }

  /**
   * The department a unit named in a document means; a name that means none is proposed to the
   * office (once) and the result is empty until the office confirms it.
   */
  public Optional<Department> resolveOrPropose(String written, Actor actor) {
    Optional<Department> found = resolve(written);
    String name = UnitNames.tidy(written);
    if (found.isEmpty() && !name.isEmpty() && name.length() <= MAX_NAME) {
      if (departments.propose(name)) {
        long id = departments.findProposal(name).orElseThrow().id();
        audit.record(
            AuditEntry.success(actor, "PROPOSE", "unit", id, "新单位名称待确认：" + name)
                .withStates(null, json(Map.of("unitName", name, "status", "OPEN"))));
      }
    }
    return found;
  }

  public List<UnitProposal> openProposals() {
    return departments.proposals(UnitProposal.Status.OPEN);
  }

  /** Adds a department; its name must be new, also among the aliases. */
  public Department create(String written, Actor actor) {
    String name = checkedName(written);
    return transaction.execute(
        status -> {
          Department d = departments.create(name);
          audit.record(
              AuditEntry.success(actor, "CREATE", "department", d.id(), name)
                  .withStates(null, state(d.id())));
          settleProposal(name);
          events.publishEvent(new UnitConfirmed(name, d.id()));
          return d;
        });
  }

  /** Gives a department another name that documents use for it. */
  public DepartmentEntry addAlias(long departmentId, String written, Actor actor) {
    Department d = existing(departmentId);
    String alias = checkedName(written);
    return transaction.execute(
        status -> {
          String before = state(d.id());
          departments.addAlias(d.id(), alias);
          audit.record(
              AuditEntry.success(
                      actor, "ADD_ALIAS", "department", d.id(), d.name() + " 别名：" + alias)
                  .withStates(before, state(d.id())));
          settleProposal(alias);
          events.publishEvent(new UnitConfirmed(alias, d.id()));
          return entry(d.id());
        });
  }

  public DepartmentEntry removeAlias(long departmentId, String alias, Actor actor) {
    Department d = existing(departmentId);
    return transaction.execute(
        status -> {
          String before = state(d.id());
          if (!departments.removeAlias(d.id(), alias)) {
            throw new InvalidDepartmentException("「" + d.name() + "」没有别名「" + alias + "」");
          }
          audit.record(
              AuditEntry.success(
                      actor, "REMOVE_ALIAS", "department", d.id(), d.name() + " 删除别名：" + alias)
                  .withStates(before, state(d.id())));
          return entry(d.id());
        });
  }

  /**
   * Decides on a proposed unit name: with a department it becomes that department's alias, without
   * one it becomes a new department.
   */
  public Department confirm(long proposalId, Long asAliasOf, Actor actor) {
    UnitProposal proposal = openProposal(proposalId);
    if (asAliasOf == null) {
      return create(proposal.unitName(), actor);
    }
    addAlias(asAliasOf, proposal.unitName(), actor);
    return existing(asAliasOf);
  }

  /** Sets a proposed name aside: it is not a unit the office supervises. */
  public void reject(long proposalId, Actor actor) {
    UnitProposal proposal = openProposal(proposalId);
    departments.setProposalStatus(proposal.id(), UnitProposal.Status.REJECTED);
    audit.record(
        AuditEntry.success(actor, "REJECT", "unit", proposal.id(), "忽略单位名称：" + proposal.unitName())
            .withStates(json(Map.of("status", "OPEN")), json(Map.of("status", "REJECTED"))));
  }

  public DepartmentEntry entry(long id) {
    Department d = existing(id);
    return new DepartmentEntry(d.id(), d.name(), departments.aliases().getOrDefault(id, List.of()));
  }

  private UnitProposal openProposal(long id) {
    UnitProposal proposal =
        departments
            .findProposal(id)
            .orElseThrow(() -> new InvalidDepartmentException("没有编号为 " + id + " 的待确认单位名称"));
    if (proposal.status() != UnitProposal.Status.OPEN) {
      throw new InvalidDepartmentException(
          "「" + proposal.unitName() + "」已处理（" + proposal.status().label() + "）");
    }
    return proposal;
  }

  private void settleProposal(String name) {
    departments
        .findProposal(name)
        .filter(p -> p.status() == UnitProposal.Status.OPEN)
        .ifPresent(p -> departments.setProposalStatus(p.id(), UnitProposal.Status.CONFIRMED));
  }

  private Department existing(long id) {
    return departments
        .findById(id)
        .orElseThrow(() -> new InvalidDepartmentException("没有编号为 " + id + " 的单位"));
  }

  private String checkedName(String written) {
    String name = UnitNames.tidy(written);
    if (name.isEmpty() || name.length() > MAX_NAME) {
      throw new InvalidDepartmentException("单位名称须为 1 至 " + MAX_NAME + " 个字");
    }
    if (departments.findByName(name).isPresent() || departments.findByAlias(name).isPresent()) {
      throw new InvalidDepartmentException("「" + name + "」已是一个单位的名称或别名");
    }
    return name;
  }

  private String state(long id) {
    Department d = departments.findById(id).orElseThrow();
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("name", d.name());
    state.put("aliases", departments.aliases().getOrDefault(id, List.of()));
    return json(state);
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
