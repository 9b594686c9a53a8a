package org.duban.app.ledger;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port over an in-memory demo ledger with the shipped samples.
 * Every end-to-end and browser test uses exactly this, so they share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "duban.demo=true",
      "spring.datasource.url=jdbc:h2:mem:duban-demo-test;DB_CLOSE_DELAY=-1",
      "duban.data-dir=target/test-ledgers/demo",
      "duban.index-dir=target/test-ledgers/demo-index-${random.uuid}",
      "server.tomcat.basedir=target/test-ledgers/tomcat",
      "duban.admin-password=" + DemoLedgerTest.ADMIN_PASSWORD,
      "duban.demo-password=" + DemoLedgerTest.DEMO_PASSWORD,
      "duban.supervision.reminder-cron=-"
    })
public @interface DemoLedgerTest {
  String ADMIN_PASSWORD = "test-secret";

  /** The password of the demo's 督办 users (duchashi, lingdao, fagaiwei, …). */
  String DEMO_PASSWORD = "demo-test-secret";
}
