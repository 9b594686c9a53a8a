package org.duban.app.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.duban.app.audit.Actor;
import org.duban.app.audit.AuditEvent;
import org.duban.app.audit.AuditLog;
import org.duban.app.department.DepartmentRepository;
import org.duban.app.ledger.LedgerJdbcTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@LedgerJdbcTest
@Import({
  UserService.class,
  UserRepository.class,
  DepartmentRepository.class,
  org.duban.app.department.DepartmentDirectory.class,
  PasswordConfig.class,
  LedgerUserDetailsService.class
})
class UserServiceTest {

  @Autowired UserService service;
  @Autowired UserRepository users;
  @Autowired LedgerUserDetailsService logins;
  @Autowired PasswordEncoder encoder;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void clean() {
    jdbc.sql("delete from user_account").update();
    jdbc.sql("delete from department").update();
    jdbc.sql("delete from audit_event").update();
  }

  @Test
  void storesOnlyAHashOfThePasswordAndLogsInWithIt() {
    service.add(new NewUser("zhao", Role.LEADER, null, null, "correct horse"), Actor.cli());

    String stored = users.passwordHash("zhao").orElseThrow();
    assertThat(stored).startsWith("{bcrypt}").doesNotContain("correct horse");
    var login = logins.loadUserByUsername("zhao");
    assertThat(encoder.matches("correct horse", login.getPassword())).isTrue();
    assertThat(login.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_LEADER");
  }

  @Test
  void aDepartmentUserBelongsToItsDepartmentCreatedOnce() {
    service.add(new NewUser("a", Role.DEPARTMENT, "区商务委", null, "password-a"), Actor.cli());
    service.add(new NewUser("b", Role.DEPARTMENT, "区商务委", null, "password-b"), Actor.cli());

    List<UserAccount> both = users.all();
    assertThat(both).extracting(UserAccount::departmentName).containsOnly("区商务委");
    assertThat(both.get(0).departmentId()).isEqualTo(both.get(1).departmentId());
  }

  @Test
  void refusesDuplicatesBadNamesAndMisplacedDepartmentsWithoutStoringAnything() {
    service.add(new NewUser("qian", Role.SUPERVISOR, null, null, "password-q"), Actor.cli());

    assertThatThrownBy(
            () ->
                service.add(
                    new NewUser("qian", Role.LEADER, null, null, "password-x"), Actor.cli()))
        .hasMessageContaining("exists already");
    assertThatThrownBy(
            () ->
                service.add(new NewUser("a b", Role.LEADER, null, null, "password-x"), Actor.cli()))
        .hasMessageContaining("user name");
    assertThatThrownBy(
            () ->
                service.add(
                    new NewUser("sun", Role.SUPERVISOR, "区财政局", null, "password-x"), Actor.cli()))
        .hasMessageContaining("only DEPARTMENT users");
    assertThatThrownBy(
            () ->
                service.add(
                    new NewUser("sun", Role.LEADER, null, "not-an-address", "password-x"),
                    Actor.cli()))
        .hasMessageContaining("not an e-mail address");
    assertThat(users.all()).extracting(UserAccount::username).containsExactly("qian");
  }

  @Test
  void recordsWhoAddedTheUserAndItsStateAfter() {
    UserAccount added =
        service.add(
            new NewUser("zhou", Role.DEPARTMENT, "区财政局", "zhou@example.org", "password-z"),
            Actor.cli());

    AuditEvent event = audit.of("user", added.id()).get(0);
    assertThat(event.action()).isEqualTo("CREATE");
    assertThat(event.actor()).isEqualTo(Actor.cli().name());
    assertThat(event.before()).isNull();
    assertThat(event.after())
        .contains("\"username\":\"zhou\"", "\"role\":\"DEPARTMENT\"", "区财政局")
        .doesNotContain("password-z");
  }
}
