package org.duban.app.server;

import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --smtp-host/--smtp-port} options of the commands that serve: where reminders go. */
final class SmtpOptions {

  @Option(
      names = "--smtp-host",
      paramLabel = "HOST",
      defaultValue = "${env:DUBAN_SMTP_HOST}",
      description =
          "SMTP server for 督办 reminders (default: environment variable DUBAN_SMTP_HOST;"
              + " without one, reminders are recorded but not sent).")
  String host;

  @Option(
      names = "--smtp-port",
      paramLabel = "PORT",
      defaultValue = "${env:DUBAN_SMTP_PORT}",
      description = "Its port (default: environment variable DUBAN_SMTP_PORT, else 25).")
  Integer port;

  /** Adds the options given to the application's properties. */
  void addTo(Map<String, Object> properties) {
    if (host != null && !host.isBlank()) {
      properties.put("duban.smtp.host", host);
    }
    if (port != null) {
      properties.put("duban.smtp.port", port);
    }
  }
}
