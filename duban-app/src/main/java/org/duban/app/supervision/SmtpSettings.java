package org.duban.app.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMTP server reminders go through ({@code duban.smtp.*}: {@code --smtp-host/--smtp-port} or
 * DUBAN_SMTP_HOST/DUBAN_SMTP_PORT). Without a host, reminders are recorded but not sent.
 */
@ConfigurationProperties("duban.smtp")
public record SmtpSettings(
    String host,
    @DefaultValue("25") int port,
    String username,
    String password,
    @DefaultValue("duban@localhost") String from) {

  public boolean configured() {
    return host != null && !host.isBlank();
  }
}
