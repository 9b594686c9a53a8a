package org.duban.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers an API request without a valid login: 401 with a JSON body (and the HTTP Basic
 * challenge), or 429 while its user or address is locked out.
 */
final class ApiEntryPoint implements AuthenticationEntryPoint {

  private final ErrorResponses errors;

  ApiEntryPoint(ErrorResponses errors) {
    this.errors = errors;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
      throws IOException {
    if (failure instanceof LoginLockedException locked) {
      long seconds = Math.max(1, Duration.between(Instant.now(), locked.until()).toSeconds());
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
      errors.write(request, response, HttpStatus.TOO_MANY_REQUESTS, failure.getMessage());
      return;
    }
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Duban\", charset=\"UTF-8\"");
    String message =
        failure instanceof BadCredentialsException
            ? "wrong user name or password"
            : "log in first: send HTTP Basic credentials of a user whose role may do this";
    errors.write(request, response, HttpStatus.UNAUTHORIZED, message);
  }
}
