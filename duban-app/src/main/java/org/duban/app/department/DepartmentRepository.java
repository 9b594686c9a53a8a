package org.duban.app.department;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The departments of the ledger, their other names, and the unit names proposed as new ones. */
@Repository
public class DepartmentRepository {

  private final JdbcClient jdbc;

  public DepartmentRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Department> findByName(String name) {
    return jdbc.sql("select id, name from department where name = ?")
        .param(name)
        .query((rs, n) -> new Department(rs.getLong(1), rs.getString(2)))
        .optional();
  }

  public Optional<Department> findById(long id) {
    return jdbc.sql("select id, name from department where id = ?")
        .param(id)
        .query((rs, n) -> new Department(rs.getLong(1), rs.getString(2)))
        .optional();
  }

  public Optional<Department> findByAlias(String alias) {
    return jdbc.sql(
            "select d.id, d.name from department d join department_alias a on a.department_id ="
                + " d.id where a.alias = ?")
        .param(alias)
        .query((rs, n) -> new Department(rs.getLong(1), rs.getString(2)))
        .optional();
  }

  public List<Department> all() {
    return jdbc.sql("select id, name from department order by name")
        .query((rs, n) -> new Department(rs.getLong(1), rs.getString(2)))
        .list();
  }

  public Department create(String name) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into department (name, created_at) values (?, ?)")
        .params(name, Timestamp.from(Instant.now()))
        .update(key, "id");
    return new Department(key.getKey().longValue(), name);
  }

  /** Every department's aliases, by department id, in the order added. */
  Map<Long, List<String>> aliases() {
    Map<Long, List<String>> aliases = new LinkedHashMap<>();
    jdbc.sql("select department_id, alias from department_alias order by id")
        .query(
            rs -> {
              aliases.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            });
    return aliases;
  }

  void addAlias(long departmentId, String alias) {
    jdbc.sql("insert into department_alias (department_id, alias, created_at) values (?, ?, ?)")
        .params(departmentId, alias, Timestamp.from(Instant.now()))
        .update();
  }

  boolean removeAlias(long departmentId, String alias) {
    return jdbc.sql("delete from department_alias where department_id = ? and alias = ?")
            .params(departmentId, alias)
            .update()
        > 0;
  }

  void rename(long id, String name) {
    jdbc.sql("update department set name = ? where id = ?").params(name, id).update();
  }

  /** Records a unit name as proposed unless it was proposed before; true when new. */
  boolean propose(String unitName) {
    if (findProposal(unitName).isPresent()) {
      return false;
    }
    jdbc.sql("insert into unit_proposal (unit_name, proposed_at, status) values (?, ?, ?)")
        .params(unitName, Timestamp.from(Instant.now()), UnitProposal.Status.OPEN.name())
        .update();
    return true;
  }

  Optional<UnitProposal> findProposal(String unitName) {
    return jdbc.sql("select id, unit_name, status from unit_proposal where unit_name = ?")
        .param(unitName)
        .query(
            (rs, n) ->
                new UnitProposal(
                    rs.getLong(1), rs.getString(2), UnitProposal.Status.valueOf(rs.getString(3))))
        .optional();
  }

  Optional<UnitProposal> findProposal(long id) {
    return jdbc.sql("select id, unit_name, status from unit_proposal where id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new UnitProposal(
                    rs.getLong(1), rs.getString(2), UnitProposal.Status.valueOf(rs.getString(3))))
        .optional();
  }

  List<UnitProposal> proposals(UnitProposal.Status status) {
    return jdbc.sql("select id, unit_name, status from unit_proposal where status = ? order by id")
        .param(status.name())
        .query(
            (rs, n) ->
                new UnitProposal(
                    rs.getLong(1), rs.getString(2), UnitProposal.Status.valueOf(rs.getString(3))))
        .list();
  }

  void setProposalStatus(long id, UnitProposal.Status status) {
    jdbc.sql("update unit_proposal set status = ? where id = ?").params(status.name(), id).update();
  }
}
