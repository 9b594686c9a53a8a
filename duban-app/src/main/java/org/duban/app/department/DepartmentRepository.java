package org.duban.app.department;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The departments of the ledger. */
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
}
