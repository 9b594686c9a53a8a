package org.duban.app.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The users of the ledger and their password hashes. */
@Repository
public class UserRepository {

  private static final String COLUMNS =
      "u.id, u.username, u.role, u.department_id, d.name, u.email, u.enabled, u.created_at"
          + " from user_account u left join department d on d.id = u.department_id";

  private final JdbcClient jdbc;

  public UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public long count() {
    return jdbc.sql("select count(*) from user_account").query(Long.class).single();
  }

  public List<UserAccount> all() {
    return jdbc.sql("select " + COLUMNS + " order by u.username").query((rs, n) -> read(rs)).list();
  }

  public Optional<UserAccount> findByName(String username) {
    return jdbc.sql("select " + COLUMNS + " where u.username = ?")
        .param(username)
        .query((rs, n) -> read(rs))
        .optional();
  }

  public List<UserAccount> findByRole(Role role) {
    return jdbc.sql("select " + COLUMNS + " where u.role = ? order by u.username")
        .param(role.name())
        .query((rs, n) -> read(rs))
        .list();
  }

  public List<UserAccount> findByDepartment(long departmentId) {
    return jdbc.sql("select " + COLUMNS + " where u.department_id = ? order by u.username")
        .param(departmentId)
        .query((rs, n) -> read(rs))
        .list();
  }

  Optional<String> passwordHash(String username) {
    return jdbc.sql("select password_hash from user_account where username = ?")
        .param(username)
        .query(String.class)
        .optional();
  }

  long insert(String username, String hash, Role role, Long departmentId, String email) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into user_account (username, password_hash, role, department_id, email,"
                + " enabled, created_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            username, hash, role.name(), departmentId, email, true, Timestamp.from(Instant.now()))
        .update(key, "id");
    return key.getKey().longValue();
  }

  void updatePassword(String username, String hash) {
    jdbc.sql("update user_account set password_hash = ? where username = ?")
        .params(hash, username)
        .update();
  }

  private static UserAccount read(ResultSet rs) throws SQLException {
    long department = rs.getLong(4);
    Long departmentId = rs.wasNull() ? null : department;
    return new UserAccount(
        rs.getLong(1),
        rs.getString(2),
        Role.valueOf(rs.getString(3)),
        departmentId,
        rs.getString(5),
        rs.getString(6),
        rs.getBoolean(7),
        rs.getTimestamp(8).toInstant());
  }
}
