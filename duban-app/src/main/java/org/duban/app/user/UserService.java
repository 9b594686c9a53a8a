package org.duban.app.user;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.duban.app.audit.Actor;
import org.duban.app.audit.AuditEntry;
import org.duban.app.audit.AuditLog;
import org.duban.app.department.Department;
import org.duban.app.department.DepartmentDirectory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Adds users and changes their passwords, hashing every password and recording who did it. */
@Service
public class UserService {

  static final int MIN_PASSWORD_LENGTH = 8;
  private static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z0-9_.@-]{1,100}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final UserRepository users;
  private final DepartmentDirectory directory;
  private final PasswordEncoder encoder;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final ObjectMapper json = new ObjectMapper();

  public UserService(
      UserRepository users,
      DepartmentDirectory directory,
      PasswordEncoder encoder,
      AuditLog audit,
      TransactionTemplate transaction) {
    this.users = users;
    this.directory = directory;
    this.encoder = encoder;
    this.audit = audit;
    this.transaction = transaction;
  }

  /**
   * Adds a user; a department named for a department user that does not exist yet is created.
   *
   * @throws InvalidUserException naming what is wrong with the request
   */
  public UserAccount add(NewUser request, Actor actor) {
    check(request);
    return transaction.execute(
        status -> {
          Long departmentId = null;
          if (request.role() == Role.DEPARTMENT) {
            String name = request.department().strip();
            // A name or alias the office knows; a new name becomes a department (and links the
            // items that named it).
            Department department =
                directory.resolve(name).orElseGet(() -> directory.create(name, actor));
            departmentId = department.id();
          }
          long id =
              users.insert(
                  request.username(),
                  encoder.encode(request.password()),
                  request.role(),
                  departmentId,
                  blankToNull(request.email()));
          UserAccount added = users.findByName(request.username()).orElseThrow();
          audit.record(
              AuditEntry.success(
                      actor,
                      "CREATE",
                      "user",
                      id,
                      request.username() + " (" + request.role().label() + ")")
                  .withStates(null, describe(added)));
          return added;
        });
  }

  /** Sets a new password for an existing user. */
  public void changePassword(String username, String password, Actor actor) {
    checkPassword(password);
    UserAccount user =
        users
            .findByName(username)
            .orElseThrow(() -> new InvalidUserException("there is no user '" + username + "'"));
    users.updatePassword(username, encoder.encode(password));
    audit.record(AuditEntry.success(actor, "CHANGE_PASSWORD", "user", user.id(), username));
  }

  private void check(NewUser request) {
    if (request.username() == null || !NAME.matcher(request.username()).matches()) {
      throw new InvalidUserException(
          "a user name is 1 to 100 letters, digits, Chinese characters or _ . @ -, not '"
              + request.username()
              + "'");
    }
    if (users.findByName(request.username()).isPresent()) {
      throw new InvalidUserException(
          "the user '" + request.username() + "' exists already; choose another name");
    }
    if (request.role() == null) {
      throw new InvalidUserException(
          "a user needs a role: ADMIN, SUPERVISOR, DEPARTMENT or LEADER");
    }
    boolean hasDepartment = request.department() != null && !request.department().isBlank();
    if (request.role() == Role.DEPARTMENT && !hasDepartment) {
      throw new InvalidUserException(
          "a DEPARTMENT user speaks for one department: give it with --department");
    }
    if (request.role() != Role.DEPARTMENT && hasDepartment) {
      throw new InvalidUserException(
          "only DEPARTMENT users belong to a department; leave out --department for "
              + request.role());
    }
    String email = blankToNull(request.email());
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw new InvalidUserException("'" + email + "' is not an e-mail address");
    }
    checkPassword(request.password());
  }

  private static void checkPassword(String password) {
    if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
      throw new InvalidUserException(
          "a password needs at least " + MIN_PASSWORD_LENGTH + " characters");
    }
  }

  private String describe(UserAccount user) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("username", user.username());
    state.put("role", user.role().name());
    state.put("department", user.departmentName());
    state.put("email", user.email());
    state.put("enabled", user.enabled());
    try {
      return json.writeValueAsString(state);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
