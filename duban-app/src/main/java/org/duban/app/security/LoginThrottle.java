package org.duban.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Counts failed logins per user name and per client address, and locks out a name or an address
 * that failed {@value #MAX_FAILURES} times within {@link #WINDOW} for {@link #LOCK}: password
 * guessing then costs ten minutes per ten guesses, and a locked login is refused before its
 * password is even checked.
 */
public final class LoginThrottle {

  static final int MAX_FAILURES = 10;
  static final Duration WINDOW = Duration.ofMinutes(10);
  static final Duration LOCK = Duration.ofMinutes(10);
  // Bounds the memory a spray of made-up names or addresses can take.
  private static final int MAX_KEYS = 100_000;

  /** A user name or an address that may not log in until a time. */
  record Lock(String subject, Instant until) {}

  private final Clock clock;
  private final Cache<String, List<Instant>> failures;
  private final Cache<String, Instant> locks;

  LoginThrottle() {
    this(Clock.systemUTC());
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
    this.failures =
        Caffeine.newBuilder()
            .ticker(() -> clock.millis() * 1_000_000L)
            .expireAfterWrite(WINDOW)
            .maximumSize(MAX_KEYS)
            .build();
    this.locks =
        Caffeine.newBuilder()
            .ticker(() -> clock.millis() * 1_000_000L)
            .expireAfterWrite(LOCK)
            .maximumSize(MAX_KEYS)
            .build();
  }

  /** Until when a login of this user from this address is refused; empty when it is not. */
  Optional<Lock> lockOf(String user, String address) {
    Instant now = clock.instant();
    for (String key : keys(user, address)) {
      Instant until = locks.getIfPresent(key);
      if (until != null && until.isAfter(now)) {
        return Optional.of(new Lock(key, until));
      }
    }
    return Optional.empty();
  }

  /** Counts a failed login; answers the locks it starts (none until the tenth failure). */
  List<Lock> failed(String user, String address) {
    Instant now = clock.instant();
    Instant since = now.minus(WINDOW);
    List<Lock> started = new ArrayList<>();
    for (String key : keys(user, address)) {
      List<Instant> recent =
          failures
              .asMap()
              .compute(
                  key,
                  (k, old) -> {
                    List<Instant> kept = new ArrayList<>();
                    if (old != null) {
                      old.stream().filter(t -> t.isAfter(since)).forEach(kept::add);
                    }
                    kept.add(now);
                    return List.copyOf(kept);
                  });
      if (recent.size() >= MAX_FAILURES) {
        Instant until = now.plus(LOCK);
        locks.put(key, until);
        failures.invalidate(key);
        started.add(new Lock(key, until));
      }
    }
    return started;
  }

  /** A correct password clears the user's failures; the address keeps its count. */
  void succeeded(String user) {
    failures.invalidate(userKey(user));
  }

  /** Forgets every failure and lock, as after a restart. */
  public void reset() {
    failures.invalidateAll();
    locks.invalidateAll();
  }

  private static List<String> keys(String user, String address) {
    return address == null ? List.of(userKey(user)) : List.of(userKey(user), "地址 " + address);
  }

  private static String userKey(String user) {
    return "用户 " + user;
  }
}
