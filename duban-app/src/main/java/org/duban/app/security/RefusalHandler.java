package org.duban.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.duban.app.audit.Actor;
import org.duban.app.audit.AuditEntry;
import org.duban.app.user.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Refuses a request its user may not make (403), records the refusal in the audit trail, and says
 * why: a role without the right, or a browser session without its CSRF token.
 */
final class RefusalHandler implements AccessDeniedHandler {

  private final ApplicationEventPublisher audit;
  private final ErrorResponses errors;

  RefusalHandler(ApplicationEventPublisher audit, ErrorResponses errors) {
    this.audit = audit;
    this.errors = errors;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
      throws IOException {
    boolean csrf = refusal instanceof CsrfException;
    // The session's login, even where the request wrapper does not show it yet (CSRF is checked
    // before it is put in place).
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    Viewer viewer = Viewer.of(user);
    String roles = roles(user);
    audit.publishEvent(
        AuditEntry.refused(
            Actor.of(request, viewer == null ? null : user),
            "ACCESS",
            "resource",
            null,
            request.getMethod()
                + " "
                + ErrorResponses.path(request)
                + (csrf
                    ? "：浏览器会话的请求没有有效的 CSRF 令牌（可能来自其他网站）"
                    : "：角色 " + (roles.isEmpty() ? "（未登录）" : roles) + " 无此权限")));
    if (ErrorResponses.isApi(request)) {
      errors.write(
          request,
          response,
          HttpStatus.FORBIDDEN,
          csrf
              ? "a request with a browser session must carry the CSRF token (header X-CSRF-TOKEN"
                  + " or form field _csrf, as the pages send it); scripts log in with HTTP Basic"
                  + " and send no session cookie"
              : "the role " + roles + " may not " + request.getMethod() + " this resource");
    } else {
      response.sendError(
          HttpStatus.FORBIDDEN.value(),
          csrf ? "页面已过期或请求来自其他网站：请刷新页面后重试。" : "当前用户的角色（" + roles + "）无权进行此操作。");
    }
  }

  private static String roles(Authentication user) {
    if (user == null) {
      return "";
    }
    return user.getAuthorities().stream()
        .map(a -> Viewer.roleOf(a.getAuthority()))
        .filter(r -> r != null)
        .map(Role::label)
        .collect(Collectors.joining("、"));
  }
}
