package org.duban.app.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.duban.app.audit.Actor;
import org.duban.app.audit.AuditEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/** Records form logins and logouts in the audit trail, then goes where Spring would. */
final class LoginRecorder implements AuthenticationSuccessHandler, LogoutHandler {

  private final ApplicationEventPublisher audit;
  private final AuthenticationSuccessHandler next =
      new SavedRequestAwareAuthenticationSuccessHandler();

  LoginRecorder(ApplicationEventPublisher audit) {
    this.audit = audit;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException, ServletException {
    Viewer viewer = Viewer.of(authentication);
    audit.publishEvent(
        AuditEntry.success(
            Actor.of(request, authentication),
            "LOGIN",
            "user",
            null,
            "登录成功" + (viewer == null ? "" : "（" + viewer.roleLabel() + "）")));
    next.onAuthenticationSuccess(request, response, authentication);
  }

  @Override
  public void logout(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
    if (authentication != null) {
      audit.publishEvent(
          AuditEntry.success(Actor.of(request, authentication), "LOGOUT", "user", null, "退出登录"));
    }
  }
}
