package org.duban.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Where PostgreSQL is required ({@code DUBAN_REQUIRE_POSTGRES=1}, as CI sets it), the {@link
 * OnPostgres} tests must not skip silently: this fails when their database is not named.
 */
@EnabledIfEnvironmentVariable(named = "DUBAN_REQUIRE_POSTGRES", matches = "1|true")
class PostgresRequiredTest {

  @Test
  void thePostgresTestsHaveTheirDatabase() {
    assertThat(System.getenv("DUBAN_TEST_PG_URL"))
        .as("DUBAN_TEST_PG_URL (a jdbc:postgresql: URL) so the PostgreSQL tests run")
        .matches("jdbc:postgresql:.+");
  }
}
