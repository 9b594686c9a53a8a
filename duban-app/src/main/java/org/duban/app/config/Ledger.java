package org.duban.app.config;

import java.util.Map;
import org.duban.app.DubanApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring side of Duban. Only the ledger commands call it, so {@code extract} and {@code
 * outline} stay free of Spring's start-up time.
 */
public final class Ledger {

  private Ledger() {}

  /**
   * A running application on the ledger the properties name; web or not. A web application
   * registers no shutdown hook of its own: its caller closes it, then cleans up after it.
   */
  public static ConfigurableApplicationContext start(boolean web, Map<String, Object> properties) {
    // As command-line arguments, so they win over application.properties.
    String[] args =
        properties.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    try {
      return new SpringApplicationBuilder(DubanApplication.class)
          .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
          .registerShutdownHook(!web)
          .logStartupInfo(false)
          .run(args);
    } catch (RuntimeException e) {
      throw new LedgerStartException(describe(e, properties), e);
    }
  }

  /** What went wrong in words a user can act on, from the causes of {@code e}. */
  static String describe(Throwable e, Map<String, Object> properties) {
    Throwable root = e;
    StringBuilder chain = new StringBuilder();
    for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof IllegalStateException
          && String.valueOf(t.getMessage()).contains("in use by another Duban process")) {
        return t.getMessage();
      }
      if (t instanceof PortInUseException p) {
        return "port "
            + p.getPort()
            + " is already in use; stop the program using it or choose another with --port";
      }
      chain.append(t.getMessage()).append('\n');
      root = t;
    }
    String messages = chain.toString();
    Object url = properties.getOrDefault("spring.datasource.url", "the embedded database");
    if (messages.contains("Database may be already in use")
        || messages.contains("The file is locked")) {
      return "the ledger in "
          + properties.get("duban.data-dir")
          + " is in use by another Duban process (a running 'duban serve'?); stop it and try"
          + " again, or use PostgreSQL for shared access";
    }
    if (root instanceof java.net.ConnectException || messages.contains("Connection refused")) {
      return "cannot connect to "
          + url
          + ": "
          + root.getMessage()
          + "; check that the database is running and the URL is right";
    }
    return "cannot open the ledger: " + root.getMessage();
  }

  /** The same for a command that does one job and exits: no web server. */
  public static ConfigurableApplicationContext startBatch(Map<String, Object> properties) {
    Map<String, Object> p = new java.util.LinkedHashMap<>(properties);
    // A batch job catches the index up itself and exits; scheduled jobs belong to servers.
    p.putIfAbsent("duban.scheduling.enabled", "false");
    return start(false, p);
  }
}
