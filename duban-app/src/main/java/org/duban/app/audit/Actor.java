package org.duban.app.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;

/**
 * Who acts on the ledger: a user name (never prefixed with its channel), the channel it came
 * through and, for HTTP, the client's address.
 *
 * @param name the user name, or {@code anonymous} for a request without one
 * @param address the client's IP address; null outside HTTP
 */
public record Actor(String name, AuditChannel channel, String address) {

  public static final String ANONYMOUS = "anonymous";

  public Actor {
    name = name == null || name.isBlank() ? ANONYMOUS : name;
  }

  /** The person at the command line of this machine. */
  public static Actor cli() {
    return new Actor(System.getProperty("user.name", "unknown"), AuditChannel.CLI, null);
  }

  /** The application acting on its own (demo data, scheduled jobs). */
  public static Actor system(String name) {
    return new Actor(name, AuditChannel.SYSTEM, null);
  }

  /** The sender of an HTTP request: API under {@code /api/}, otherwise a page. */
  public static Actor of(HttpServletRequest request, Principal principal) {
    String uri = request.getRequestURI();
    String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    AuditChannel channel = path.startsWith("/api/") ? AuditChannel.API : AuditChannel.PAGE;
    return new Actor(
        principal == null ? null : principal.getName(), channel, request.getRemoteAddr());
  }
}
