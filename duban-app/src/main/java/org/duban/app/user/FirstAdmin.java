package org.duban.app.user;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.duban.app.audit.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * A ledger without users gets one administrator when the server starts, so that someone can log in:
 * its password comes from {@code duban.admin-password} (environment DUBAN_ADMIN_PASSWORD) or is
 * generated and logged once.
 */
@Component
@Order(0)
@ConditionalOnWebApplication
class FirstAdmin implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

  private final UserRepository users;
  private final UserService service;
  private final String name;
  private final String password;

  FirstAdmin(
      UserRepository users,
      UserService service,
      @Value("${duban.admin-user:admin}") String name,
      @Value("${duban.admin-password:${DUBAN_ADMIN_PASSWORD:}}") String password) {
    this.users = users;
    this.service = service;
    this.name = name;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (users.count() > 0) {
      return;
    }
    String secret = password;
    if (secret == null || secret.isBlank()) {
      byte[] random = new byte[9];
      new SecureRandom().nextBytes(random);
      secret = HexFormat.of().formatHex(random);
      log.warn(
          "the ledger had no users: created administrator '{}' with password {} (set"
              + " DUBAN_ADMIN_PASSWORD to choose it; add users with 'duban users add')",
          name,
          secret);
    }
    try {
      service.add(new NewUser(name, Role.ADMIN, null, null, secret), Actor.system("duban"));
    } catch (DuplicateKeyException another) {
      // A second server starting on the same empty database created the administrator first.
      log.info("administrator '{}' was created by another server on this database", name);
    }
  }
}
