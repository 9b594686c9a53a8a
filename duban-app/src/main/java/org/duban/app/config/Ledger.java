package org.duban.app.config;

import java.util.Map;
import org.duban.app.DubanApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring side of Duban. Only the ledger commands call it, so {@code extract} and {@code
 * outline} stay free of Spring's start-up time.
 */
public final class Ledger {

  private Ledger() {}

  /** A running application on the ledger the properties name; web or not. */
  public static ConfigurableApplicationContext start(boolean web, Map<String, Object> properties) {
    // As command-line arguments, so they win over application.properties.
    String[] args =
        properties.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    return new SpringApplicationBuilder(DubanApplication.class)
        .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
        .logStartupInfo(false)
        .run(args);
  }

  /** The same for a command that does one job and exits: no web server. */
  public static ConfigurableApplicationContext startBatch(Map<String, Object> properties) {
    return start(false, properties);
  }
}
