package org.duban.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.duban.app.audit.Actor;
import org.duban.app.audit.AuditEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks user name and password (form and HTTP Basic alike) behind the login throttle, and records
 * every refused login and every lock in the audit trail (as events the audit log receives).
 * Successful form logins are recorded by {@link LoginRecorder}; a successful HTTP Basic request is
 * not a login of its own, what it does is recorded.
 */
final class ThrottledAuthentication implements AuthenticationManager {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final AuthenticationManager passwords;
  private final LoginThrottle throttle;
  private final ApplicationEventPublisher audit;
  private final Cache<String, Boolean> reported =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build();

  ThrottledAuthentication(
      AuthenticationManager passwords, LoginThrottle throttle, ApplicationEventPublisher audit) {
    this.passwords = passwords;
    this.throttle = throttle;
    this.audit = audit;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String name = attempt.getName();
    LoginDetails from = LoginDetails.of(attempt);
    Actor actor = from.actor(name);
    Optional<LoginThrottle.Lock> lock = throttle.lockOf(name, from.address());
    if (lock.isPresent()) {
      // Once a minute per lock is enough to show the guessing goes on; every attempt would let
      // a guesser fill the trail.
      if (reported.asMap().putIfAbsent(lock.get().subject(), Boolean.TRUE) == null) {
        audit.publishEvent(
            AuditEntry.refused(
                actor, "LOGIN", "user", null, "已锁定，未核对密码（同一锁定每分钟记录一次）：" + describe(lock.get())));
      }
      throw new LoginLockedException(lock.get());
    }
    try {
      Authentication result = passwords.authenticate(attempt);
      throttle.succeeded(name);
      return result;
    } catch (AuthenticationException e) {
      audit.publishEvent(AuditEntry.refused(actor, "LOGIN", "user", null, reason(e)));
      for (LoginThrottle.Lock started : throttle.failed(name, from.address())) {
        audit.publishEvent(
            AuditEntry.refused(
                actor,
                "LOGIN_LOCKED",
                "user",
                null,
                LoginThrottle.WINDOW.toMinutes()
                    + " 分钟内登录失败 "
                    + LoginThrottle.MAX_FAILURES
                    + " 次："
                    + describe(started)));
      }
      throw e;
    }
  }

  private static String describe(LoginThrottle.Lock lock) {
    return lock.subject() + " 的登录锁定至 " + TIME.format(lock.until().atZone(ZoneId.systemDefault()));
  }

  private static String reason(AuthenticationException e) {
    if (e instanceof BadCredentialsException) {
      return "用户名或密码错误";
    }
    if (e instanceof DisabledException) {
      return "账号已停用";
    }
    return "登录失败：" + e.getMessage();
  }
}
