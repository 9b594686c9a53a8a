package org.duban.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.PortInUseException;

class LedgerTest {

  private static final Map<String, Object> H2 = Map.of("duban.data-dir", "/data/ledger");
  private static final Map<String, Object> PG =
      Map.of("spring.datasource.url", "jdbc:postgresql://db/duban");

  @Test
  void aLockedEmbeddedDatabaseNamesItsFolderAndTheLikelyCause() {
    var e = new RuntimeException("bean", new IllegalStateException("The file is locked: x.mv.db"));

    assertThat(Ledger.describe(e, H2))
        .isEqualTo(
            "the ledger in /data/ledger is in use by another Duban process (a running 'duban"
                + " serve'?); stop it and try again, or use PostgreSQL for shared access");
  }

  @Test
  void anUnreachableDatabaseNamesItsUrl() {
    var e = new RuntimeException("flyway", new ConnectException("Connection refused"));

    assertThat(Ledger.describe(e, PG))
        .startsWith("cannot connect to jdbc:postgresql://db/duban: Connection refused;");
  }

  @Test
  void aBusyPortSaysWhatToDo() {
    var e = new RuntimeException("web", new PortInUseException(8080));

    assertThat(Ledger.describe(e, H2)).startsWith("port 8080 is already in use;");
  }
}
