package org.duban.app.supervision;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port over an empty in-memory ledger, with a clock the test sets
 * and a local SMTP server; the reminder job does not run on its own. Every test class with this
 * annotation shares one application context and empties the supervision tables first.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:duban-supervision-test;DB_CLOSE_DELAY=-1",
      "duban.data-dir=target/duban-supervision-test",
      "duban.index-dir=target/duban-supervision-test-index-${random.uuid}",
      "duban.admin-password=" + SupervisionLedgerTest.PASSWORD,
      "duban.supervision.reminder-cron=-"
    })
@ContextConfiguration(initializers = TestMailServer.class)
@Import(TestClock.Config.class)
public @interface SupervisionLedgerTest {
  String PASSWORD = "supervision-test-secret";
}
