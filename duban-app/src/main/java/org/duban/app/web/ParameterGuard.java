package org.duban.app.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses query parameters no page or API call needs before any feature sees them: values longer
 * than {@value #MAX_LENGTH} characters and control characters (PostgreSQL refuses NUL in text,
 * Lucene and logs have no use for the others). Each feature still checks what its own parameters
 * mean (a year, an id, an offset).
 */
final class ParameterGuard implements HandlerInterceptor {

  static final int MAX_LENGTH = 1000;
  static final int MAX_NAME_LENGTH = 100;

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    // Only queries: a form's body (a progress report) is the feature's to check, and reading the
    // parameters of an upload would parse its files here.
    boolean query = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
    if (!query || !(handler instanceof HandlerMethod) || request.getQueryString() == null) {
      return true;
    }
    for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
      String name = parameter.getKey();
      if (name.length() > MAX_NAME_LENGTH || hasControl(name)) {
        throw new InvalidParameterException(
            abbreviate(name), "is not a parameter name this server knows", "不是有效的参数名");
      }
      for (String value : parameter.getValue()) {
        if (value.length() > MAX_LENGTH) {
          throw new InvalidParameterException(
              name,
              "must be at most " + MAX_LENGTH + " characters, not " + value.length(),
              "不能超过 " + MAX_LENGTH + " 个字符（现为 " + value.length() + " 个）");
        }
        if (hasControl(value)) {
          throw new InvalidParameterException(
              name, "must not contain control characters", "不能包含控制字符");
        }
      }
    }
    return true;
  }

  private static boolean hasControl(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < ' ' && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
        return true;
      }
    }
    return false;
  }

  private static String abbreviate(String name) {
    String shown = name.length() > 40 ? name.substring(0, 40) + "…" : name;
    StringBuilder clean = new StringBuilder();
    shown.codePoints().forEach(c -> clean.appendCodePoint(c < ' ' || c == 0x7F ? '?' : c));
    return clean.toString();
  }
}
