package org.duban.app.security;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.security.authentication.LockedException;

/** A login refused without checking its password: its user or address failed too often. */
final class LoginLockedException extends LockedException {

  private final transient LoginThrottle.Lock lock;

  LoginLockedException(LoginThrottle.Lock lock) {
    super(
        "too many failed logins for "
            + lock.subject()
            + ": logins are refused until "
            + lock.until().truncatedTo(ChronoUnit.SECONDS)
            + " ("
            + LoginThrottle.MAX_FAILURES
            + " failed logins within "
            + LoginThrottle.WINDOW.toMinutes()
            + " minutes lock a user or an address out for "
            + LoginThrottle.LOCK.toMinutes()
            + " minutes)");
    this.lock = lock;
  }

  Instant until() {
    return lock.until();
  }
}
