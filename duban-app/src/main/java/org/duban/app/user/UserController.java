package org.duban.app.user;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import org.duban.app.audit.Actor;
import org.duban.app.web.ErrorBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The users, for administrators (the security configuration lets only ADMIN in). */
@RestController
@RequestMapping("/api/users")
@Tag(name = "users", description = "The people who log in and their roles")
final class UserController {

  private final UserRepository users;
  private final UserService service;

  UserController(UserRepository users, UserService service) {
    this.users = users;
    this.service = service;
  }

  @GetMapping
  @Operation(summary = "Every user with role and department (never a password hash)")
  List<UserAccount> all() {
    return users.all();
  }

  @PostMapping
  @Operation(summary = "Add a user; the password is hashed")
  ResponseEntity<UserAccount> add(
      @RequestBody NewUser user, Principal principal, HttpServletRequest request) {
    UserAccount added = service.add(user, Actor.of(request, principal));
    return ResponseEntity.status(HttpStatus.CREATED).body(added);
  }

  @ExceptionHandler(InvalidUserException.class)
  ResponseEntity<ErrorBody> invalid(InvalidUserException e, HttpServletRequest request) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .contentType(MediaType.APPLICATION_JSON)
        .body(new ErrorBody(400, "Bad Request", e.getMessage(), request.getRequestURI()));
  }
}
