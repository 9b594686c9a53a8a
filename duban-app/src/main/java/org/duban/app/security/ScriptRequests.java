package org.duban.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * API requests that need no CSRF token because nothing in them was added by a browser on its own:
 * no page of another site sent them (no foreign {@code Origin}), and they carry either no session
 * cookie or their own HTTP Basic credentials. A script with {@code curl -u} matches; a form post
 * from another site riding on a logged-in session, or on Basic credentials a browser remembers,
 * does not.
 */
final class ScriptRequests implements RequestMatcher {

  @Override
  public boolean matches(HttpServletRequest request) {
    if (!ErrorResponses.isApi(request) || fromAnotherOrigin(request)) {
      return false;
    }
    return request.getRequestedSessionId() == null || hasBasicCredentials(request);
  }

  private static boolean hasBasicCredentials(HttpServletRequest request) {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
  }

  private static boolean fromAnotherOrigin(HttpServletRequest request) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
      return true;
    }
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    return origin != null && !sameOrigin(origin, request);
  }

  private static boolean sameOrigin(String origin, HttpServletRequest request) {
    try {
      URI uri = URI.create(origin);
      int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(uri.getScheme());
      return request.getScheme().equalsIgnoreCase(uri.getScheme())
          && request.getServerName().equalsIgnoreCase(uri.getHost())
          && request.getServerPort() == port;
    } catch (IllegalArgumentException | NullPointerException e) {
      return false; // "null" or garbage: not this site
    }
  }

  private static int defaultPort(String scheme) {
    return "https".equals(scheme == null ? null : scheme.toLowerCase(Locale.ROOT)) ? 443 : 80;
  }
}
