package org.duban.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PortOptionTest {

  @Test
  void servesFourRequestsAtOnceACoreAtLeastEight() {
    PortOption listener = new PortOption();
    new CommandLine(listener).parseArgs();

    int cores = Runtime.getRuntime().availableProcessors();
    assertThat(listener.threads).isEqualTo(Math.max(8, 4 * cores));
    assertThat(listener.port).isEqualTo(8080);
  }

  @Test
  void takesTheNumberGivenAndRefusesNone() {
    PortOption listener = new PortOption();
    new CommandLine(listener).parseArgs("--threads", "3");
    assertThat(listener.threads).isEqualTo(3);
    WebServer.check(listener);

    new CommandLine(listener).parseArgs("--threads", "0");
    assertThatThrownBy(() -> WebServer.check(listener))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--threads must be at least 1");
  }
}
