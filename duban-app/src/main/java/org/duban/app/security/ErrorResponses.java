package org.duban.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.duban.app.web.ErrorBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Answers a refusal of the security layer as the rest of the API answers errors: a JSON {@link
 * ErrorBody} whose message says what to do. Page requests get the Chinese error page instead.
 */
final class ErrorResponses {

  private final ObjectMapper json;

  ErrorResponses(ObjectMapper json) {
    this.json = json;
  }

  static boolean isApi(HttpServletRequest request) {
    String path = path(request);
    return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/v3/api-docs");
  }

  static String path(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return uri.substring(Math.min(uri.length(), request.getContextPath().length()));
  }

  void write(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
      throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(
        response.getOutputStream(),
        new ErrorBody(status.value(), status.getReasonPhrase(), message, request.getRequestURI()));
  }
}
