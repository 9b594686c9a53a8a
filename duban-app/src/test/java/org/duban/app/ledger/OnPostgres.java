package org.duban.app.ledger;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a {@link LedgerJdbcTest} on the PostgreSQL database named by DUBAN_TEST_PG_URL (with
 * DUBAN_TEST_PG_USER and DUBAN_TEST_PG_PASSWORD); skipped when that variable is not set.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = "DUBAN_TEST_PG_URL", matches = "jdbc:postgresql:.+")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@TestPropertySource(
    properties = {
      "spring.datasource.url=${DUBAN_TEST_PG_URL}",
      "spring.datasource.username=${DUBAN_TEST_PG_USER:postgres}",
      "spring.datasource.password=${DUBAN_TEST_PG_PASSWORD:}"
    })
public @interface OnPostgres {}
