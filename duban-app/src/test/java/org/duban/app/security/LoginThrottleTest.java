package org.duban.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  /** A clock the test moves. */
  private static final class TestClock extends Clock {
    private Instant now = Instant.parse("2026-01-05T09:00:00Z");

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final TestClock clock = new TestClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  private void fail(int times, String user, String address) {
    for (int i = 0; i < times; i++) {
      throttle.failed(user, address);
    }
  }

  @Test
  void locksUserAndAddressAtTheTenthFailureForTenMinutes() {
    fail(9, "li", "10.0.0.1");
    assertThat(throttle.lockOf("li", "10.0.0.1")).isEmpty();

    assertThat(throttle.failed("li", "10.0.0.1"))
        .extracting(LoginThrottle.Lock::subject)
        .containsExactly("用户 li", "地址 10.0.0.1");
    assertThat(throttle.lockOf("li", "10.0.0.2"))
        .get()
        .extracting(LoginThrottle.Lock::subject)
        .isEqualTo("用户 li");
    assertThat(throttle.lockOf("wang", "10.0.0.1")).isPresent();
    assertThat(throttle.lockOf("wang", "10.0.0.2")).isEmpty();

    clock.advance(Duration.ofMinutes(9));
    assertThat(throttle.lockOf("li", "10.0.0.1")).isPresent();
    clock.advance(Duration.ofMinutes(1).plusSeconds(1));
    assertThat(throttle.lockOf("li", "10.0.0.1")).isEmpty();
  }

  @Test
  void failuresOlderThanTenMinutesDoNotCount() {
    fail(9, "li", "10.0.0.1");
    clock.advance(Duration.ofMinutes(10).plusSeconds(1));
    fail(9, "li", "10.0.0.1");
    assertThat(throttle.lockOf("li", "10.0.0.1")).isEmpty();
    assertThat(throttle.failed("li", "10.0.0.1")).hasSize(2);
  }

  @Test
  void aCorrectPasswordClearsTheUsersCountButNotTheAddresss() {
    fail(9, "li", "10.0.0.1");
    throttle.succeeded("li");
    assertThat(throttle.failed("li", "10.0.0.1"))
        .extracting(LoginThrottle.Lock::subject)
        .containsExactly("地址 10.0.0.1");
    assertThat(throttle.lockOf("li", "10.0.0.9")).isEmpty();
  }

  @Test
  void failuresSpreadOverManyUsersFromOneAddressLockTheAddress() {
    for (int i = 0; i < 10; i++) {
      throttle.failed("user" + i, "10.0.0.1");
    }
    assertThat(throttle.lockOf("admin", "10.0.0.1")).isPresent();
    assertThat(throttle.lockOf("admin", "10.0.0.2")).isEmpty();
  }
}
