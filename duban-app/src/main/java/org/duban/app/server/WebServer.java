package org.duban.app.server;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.duban.app.config.Ledger;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/** Runs the web application until the process is stopped. */
final class WebServer {

  private WebServer() {}

  /** Refuses options no server can run with, before anything is started or created. */
  static void check(PortOption listener) {
    if (listener.threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, not " + listener.threads);
    }
  }

  /**
   * Starts the server, prints where it listens, and blocks until it is shut down; {@code onStop}
   * runs after the application has closed (its files are closed too, so they can be deleted).
   */
  static int serve(
      Map<String, Object> properties, PortOption listener, PrintWriter out, Runnable onStop)
      throws InterruptedException {
    if (listener.threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, not " + listener.threads);
    }
    Map<String, Object> p = new LinkedHashMap<>(properties);
    p.put("server.port", listener.port);
    p.put("server.tomcat.threads.max", listener.threads);
    ConfigurableApplicationContext context = Ledger.start(true, p);
    CountDownLatch closed = new CountDownLatch(1);
    context.addApplicationListener(
        event -> {
          if (event instanceof ContextClosedEvent) {
            closed.countDown();
          }
        });
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  context.close();
                  onStop.run();
                },
                "duban-stop"));
    int actual = ((WebServerApplicationContext) context).getWebServer().getPort();
    out.println("Duban is serving the ledger at http://localhost:" + actual + "/");
    out.println(
        "  API: http://localhost:"
            + actual
            + "/api/documents   OpenAPI: http://localhost:"
            + actual
            + "/swagger-ui.html");
    out.println("  Press Ctrl+C to stop.");
    out.flush();
    closed.await();
    return 0;
  }
}
