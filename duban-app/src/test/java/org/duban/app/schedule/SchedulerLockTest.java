package org.duban.app.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * A job with {@code @Scheduled} and {@code @SchedulerLock}, and nothing else, runs on one of two
 * instances at a time: what the 督办 reminders need. The same job without the lock runs on both, so
 * the test can tell.
 */
class SchedulerLockTest {

  /** One run of a job: which instance, from when to when (nanoTime). */
  record Run(String instance, long start, long end) {}

  static final ConcurrentLinkedQueue<Run> LOCKED = new ConcurrentLinkedQueue<>();
  static final ConcurrentLinkedQueue<Run> UNLOCKED = new ConcurrentLinkedQueue<>();

  /** Two jobs every 50 ms that each take 150 ms: instances would overlap without a lock. */
  static class Jobs {
    private final String instance;

    Jobs(@Value("${test.instance}") String instance) {
      this.instance = instance;
    }

    @Scheduled(fixedRate = 50)
    @SchedulerLock(name = "probe", lockAtLeastFor = "PT0.2S")
    void locked() throws InterruptedException {
      LOCKED.add(run());
    }

    @Scheduled(fixedRate = 50)
    void unlocked() throws InterruptedException {
      UNLOCKED.add(run());
    }

    private Run run() throws InterruptedException {
      long start = System.nanoTime();
      Thread.sleep(150);
      return new Run(instance, start, System.nanoTime());
    }
  }

  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({
    DataSourceAutoConfiguration.class,
    JdbcTemplateAutoConfiguration.class,
    FlywayAutoConfiguration.class
  })
  @Import({SchedulingConfig.class, Jobs.class})
  static class Instance {}

  @Test
  void aLockedJobRunsOnOneInstanceAtATimeOnH2() throws Exception {
    String url = "jdbc:h2:mem:shedlock-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    runTwoInstances(url, "sa", "");
  }

  @Test
  @EnabledIfEnvironmentVariable(named = "DUBAN_TEST_PG_URL", matches = "jdbc:postgresql:.+")
  void aLockedJobRunsOnOneInstanceAtATimeOnPostgres() throws Exception {
    String url = System.getenv("DUBAN_TEST_PG_URL");
    String user = System.getenv().getOrDefault("DUBAN_TEST_PG_USER", "postgres");
    String password = System.getenv().getOrDefault("DUBAN_TEST_PG_PASSWORD", "");
    String schema = "shedlock_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.createStatement().execute("create schema " + schema);
    }
    try {
      runTwoInstances(
          url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, user, password);
    } finally {
      try (Connection c = DriverManager.getConnection(url, user, password)) {
        c.createStatement().execute("drop schema " + schema + " cascade");
      }
    }
  }

  private void runTwoInstances(String url, String user, String password) throws Exception {
    LOCKED.clear();
    UNLOCKED.clear();
    List<ConfigurableApplicationContext> instances = new ArrayList<>();
    try {
      for (String name : List.of("one", "two")) {
        // As arguments, so they win over the application's own properties file.
        instances.add(
            new SpringApplicationBuilder(Instance.class)
                .web(WebApplicationType.NONE)
                .run(
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + user,
                    "--spring.datasource.password=" + password,
                    "--spring.main.banner-mode=off",
                    "--test.instance=" + name));
      }
      Thread.sleep(3_000);
    } finally {
      instances.forEach(ConfigurableApplicationContext::close);
    }
    List<Run> locked = new ArrayList<>(LOCKED);
    List<Run> unlocked = new ArrayList<>(UNLOCKED);

    assertThat(locked).hasSizeGreaterThan(3);
    assertThat(overlaps(locked)).as("runs of the locked job at the same time").isZero();
    assertThat(unlocked).extracting(Run::instance).contains("one", "two");
    assertThat(overlaps(unlocked)).as("runs of the unlocked job at the same time").isPositive();
  }

  private static int overlaps(List<Run> runs) {
    int n = 0;
    for (int i = 0; i < runs.size(); i++) {
      for (int j = i + 1; j < runs.size(); j++) {
        Run a = runs.get(i);
        Run b = runs.get(j);
        if (!a.instance().equals(b.instance()) && a.start() < b.end() && b.start() < a.end()) {
          n++;
        }
      }
    }
    return n;
  }
}
