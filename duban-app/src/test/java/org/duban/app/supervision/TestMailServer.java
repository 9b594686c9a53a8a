package org.duban.app.supervision;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A local SMTP server (GreenMail) for the application under test, on a free port, started once and
 * stopped with the JVM; the application is pointed at it through {@code duban.smtp.*}.
 */
public final class TestMailServer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  private static GreenMail server;

  /** The running server, started on first use. */
  public static synchronized GreenMail server() {
    if (server == null) {
      server = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
      Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "greenmail-stop"));
    }
    return server;
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    GreenMail mail = server();
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "test-mail-server",
                Map.of(
                    "duban.smtp.host",
                    "127.0.0.1",
                    "duban.smtp.port",
                    mail.getSmtp().getPort(),
                    "duban.smtp.from",
                    "duban@test.example")));
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
