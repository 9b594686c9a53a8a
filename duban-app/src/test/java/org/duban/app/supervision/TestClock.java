package org.duban.app.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A clock the tests set to the moment they need; the application reads the day from it. */
public final class TestClock extends Clock {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private volatile Instant now = Instant.parse("2024-03-20T01:00:00Z");

  /** Sets the clock to a local date-time in the office's zone, e.g. {@code 2024-12-20T09:00}. */
  public void set(String localDateTime) {
    now = ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), ZONE).toInstant();
  }

  @Override
  public ZoneId getZone() {
    return ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(now, zone);
  }

  @Override
  public Instant instant() {
    return now;
  }

  /** Puts the clock into the application in place of the system's. */
  @TestConfiguration(proxyBeanMethods = false)
  public static class Config {
    @Bean
    @Primary
    TestClock testClock() {
      return new TestClock();
    }
  }
}
