package org.duban.app.supervision;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The supervised items with their units and milestones, and the facts attached to them. */
@Repository
class ItemRepository {

  private static final String COLUMNS =
      "id, parent_id, origin, document_id, task_id, number, start_pos, end_pos, title, body,"
          + " due_date, status, requested_due_date, extension_reason, created_on, done_on";

  private final JdbcClient jdbc;

  ItemRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(NewItem item, Instant at, LocalDate on) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    ItemSource s = item.source();
    jdbc.sql(
            "insert into supervision_item (parent_id, origin, document_id, task_id, number,"
                + " start_pos, end_pos, title, body, due_date, status, created_at, created_on)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            item.parentId(),
            item.origin().name(),
            s.documentId(),
            s.taskId(),
            s.number(),
            s.start(),
            s.end(),
            item.title(),
            item.text(),
            Date.valueOf(item.dueDate()),
            ItemStatus.PENDING.name(),
            Timestamp.from(at),
            Date.valueOf(on))
        .update(key, "id");
    long id = key.getKey().longValue();
    replaceUnits(id, item.units());
    replaceMilestones(id, item.milestones());
    for (Long fact : item.factIds()) {
      jdbc.sql("insert into item_fact (item_id, fact_id) values (?, ?)").params(id, fact).update();
    }
    return id;
  }

  Optional<Item> find(long id) {
    return load("where id = ?", List.of(id)).stream().findFirst();
  }

  List<Item> all() {
    return load("", List.of());
  }

  List<Item> byDocument(long documentId) {
    return load("where document_id = ?", List.of(documentId));
  }

  List<Item> children(long parentId) {
    return load("where parent_id = ?", List.of(parentId));
  }

  Optional<Long> idOfTask(long taskId) {
    return jdbc.sql("select id from supervision_item where task_id = ?")
        .param(taskId)
        .query(Long.class)
        .optional();
  }

  List<Long> factIds(long itemId) {
    return jdbc.sql("select fact_id from item_fact where item_id = ? order by fact_id")
        .param(itemId)
        .query(Long.class)
        .list();
  }

  /** The attached facts of every item, by item. */
  Map<Long, List<Long>> factIdsByItem() {
    Map<Long, List<Long>> facts = new LinkedHashMap<>();
    jdbc.sql("select item_id, fact_id from item_fact order by item_id, fact_id")
        .query(
            rs -> {
              facts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            });
    return facts;
  }

  /** Writes the item's own fields (not its units or milestones). */
  void update(Item item) {
    Extension e = item.extension();
    jdbc.sql(
            "update supervision_item set title = ?, body = ?, due_date = ?, status = ?,"
                + " requested_due_date = ?, extension_reason = ?, done_on = ? where id = ?")
        .params(
            item.title(),
            item.text(),
            Date.valueOf(item.dueDate()),
            item.status().name(),
            e == null ? null : Date.valueOf(e.requestedDueDate()),
            e == null ? null : e.reason(),
            item.doneOn() == null ? null : Date.valueOf(item.doneOn()),
            item.id())
        .update();
  }

  void replaceUnits(long itemId, List<ItemUnit> units) {
    jdbc.sql("delete from item_unit where item_id = ?").param(itemId).update();
    for (int i = 0; i < units.size(); i++) {
      ItemUnit u = units.get(i);
      jdbc.sql(
              "insert into item_unit (item_id, ordinal, unit_name, department_id, is_lead)"
                  + " values (?, ?, ?, ?, ?)")
          .params(itemId, i, u.name(), u.departmentId(), u.lead())
          .update();
    }
  }

  /** Replaces the milestones; one that keeps its id keeps the day it was done. */
  void replaceMilestones(long itemId, List<Milestone> milestones) {
    Map<Long, LocalDate> done = new LinkedHashMap<>();
    jdbc.sql("select id, completed_on from item_milestone where item_id = ?")
        .param(itemId)
        .query(
            rs -> {
              Date d = rs.getDate(2);
              done.put(rs.getLong(1), d == null ? null : d.toLocalDate());
            });
    jdbc.sql("delete from item_milestone where item_id = ?").param(itemId).update();
    for (Milestone m : milestones) {
      LocalDate completed = m.completedOn() != null ? m.completedOn() : done.get(m.id());
      jdbc.sql(
              "insert into item_milestone (item_id, due_on, description, completed_on)"
                  + " values (?, ?, ?, ?)")
          .params(
              itemId,
              Date.valueOf(m.date()),
              m.description(),
              completed == null ? null : Date.valueOf(completed))
          .update();
    }
  }

  /** Marks milestones of the item done on a day, unless they were done before. */
  void completeMilestones(long itemId, Collection<Long> ids, LocalDate on) {
    for (Long id : ids) {
      jdbc.sql(
              "update item_milestone set completed_on = ? where id = ? and item_id = ?"
                  + " and completed_on is null")
          .params(Date.valueOf(on), id, itemId)
          .update();
    }
  }

  /** Links every unit written with this name and not yet linked to the department. */
  int linkUnit(String unitName, long departmentId) {
    return jdbc.sql(
            "update item_unit set department_id = ? where unit_name = ? and department_id is null")
        .params(departmentId, unitName)
        .update();
  }

  private List<Item> load(String where, List<Object> params) {
    Map<Long, Row> rows = new LinkedHashMap<>();
    jdbc.sql("select " + COLUMNS + " from supervision_item " + where + " order by id")
        .params(params)
        .query(
            rs -> {
              Row row = row(rs);
              rows.put(row.id, row);
            });
    if (rows.isEmpty()) {
      return List.of();
    }
    String ids = " item_id in (select id from supervision_item " + where + ")";
    jdbc.sql(
            "select item_id, unit_name, department_id, is_lead from item_unit where"
                + ids
                + " order by item_id, ordinal")
        .params(params)
        .query(
            rs -> {
              long dept = rs.getLong(3);
              Long departmentId = rs.wasNull() ? null : dept;
              Row row = rows.get(rs.getLong(1));
              if (row != null) {
                row.units.add(new ItemUnit(rs.getString(2), departmentId, rs.getBoolean(4)));
              }
            });
    jdbc.sql(
            "select item_id, id, due_on, description, completed_on from item_milestone where"
                + ids
                + " order by item_id, due_on, id")
        .params(params)
        .query(
            rs -> {
              Row row = rows.get(rs.getLong(1));
              Date completed = rs.getDate(5);
              if (row != null) {
                row.milestones.add(
                    new Milestone(
                        rs.getLong(2),
                        rs.getDate(3).toLocalDate(),
                        rs.getString(4),
                        completed == null ? null : completed.toLocalDate()));
              }
            });
    return rows.values().stream().map(Row::item).toList();
  }

  /** An item's row while its units and milestones are read. */
  private static final class Row {
    long id;
    Item fields;
    final List<ItemUnit> units = new ArrayList<>();
    final List<Milestone> milestones = new ArrayList<>();

    Item item() {
      Item f = fields;
      return new Item(
          f.id(),
          f.parentId(),
          f.origin(),
          f.source(),
          f.title(),
          f.text(),
          f.dueDate(),
          f.status(),
          f.extension(),
          f.createdOn(),
          f.doneOn(),
          units,
          milestones);
    }
  }

  private static Row row(ResultSet rs) throws SQLException {
    Row row = new Row();
    row.id = rs.getLong("id");
    Date requested = rs.getDate("requested_due_date");
    Date done = rs.getDate("done_on");
    row.fields =
        new Item(
            row.id,
            longOrNull(rs, "parent_id"),
            Origin.valueOf(rs.getString("origin")),
            new ItemSource(
                longOrNull(rs, "document_id"),
                longOrNull(rs, "task_id"),
                rs.getString("number"),
                intOrNull(rs, "start_pos"),
                intOrNull(rs, "end_pos")),
            rs.getString("title"),
            rs.getString("body"),
            rs.getDate("due_date").toLocalDate(),
            ItemStatus.valueOf(rs.getString("status")),
            requested == null
                ? null
                : new Extension(requested.toLocalDate(), rs.getString("extension_reason")),
            rs.getDate("created_on").toLocalDate(),
            done == null ? null : done.toLocalDate(),
            List.of(),
            List.of());
    return row;
  }

  private static Long longOrNull(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  private static Integer intOrNull(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }
}
