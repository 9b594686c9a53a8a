package org.duban.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Set;
import org.duban.app.user.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.ForwardAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. The published ledger (its pages and GET requests) is open to everyone, as a
 * ledger of published documents is; changing it (upload, delete) needs the ADMIN or SUPERVISOR
 * role; user administration needs ADMIN; the audit trail is for ADMIN, SUPERVISOR and LEADER;
 * everything under supervision needs a login, and the supervision feature decides per item who sees
 * what. Users log in with the form at {@code /login} or, for scripts, with HTTP Basic; both pass
 * the login throttle.
 *
 * <p>CSRF: every request riding on a browser session must carry the session's CSRF token (the pages
 * send it: Thymeleaf puts it in forms, {@code csrf.js} in htmx requests), the API included. Only
 * requests that a browser cannot have added credentials to on its own are exempt (see {@link
 * ScriptRequests}): scripts with HTTP Basic keep working without a token. The session cookie is
 * also {@code SameSite=Lax} and {@code HttpOnly} (application.properties), a second wall, not the
 * only one: Lax still sends the cookie from sibling subdomains of the same site.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfig {

  /** Paths that need a login even to read. */
  static final String[] SUPERVISED = {
    "/api/supervision/**", "/supervision/**", "/api/users/**", "/admin/**"
  };

  /** The audit trail, its exports and its page. */
  static final String[] AUDIT = {
    "/api/audit", "/api/audit.csv", "/api/audit.xlsx", "/api/audit/**", "/audit", "/audit/**"
  };

  /** The roles that supervise, and so read the audit trail. */
  static final Set<Role> AUDITORS = EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.LEADER);

  /**
   * Scripts, styles, images and fonts from this site only; no inline script or style, no plugins,
   * no framing. The pages load htmx and ECharts from webjars on the same origin.
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
          + " form-action 'self'; frame-ancestors 'none'";

  /**
   * Swagger UI sets inline styles from its script bundle; its page alone may use them. Its scripts
   * stay limited to this site.
   */
  static final String API_DOCS_POLICY =
      CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  private static final RequestMatcher API_DOCS =
      request -> ErrorResponses.path(request).startsWith("/swagger-ui");

  /**
   * The rules' paths are matched as path patterns: Spring MVC's matchers, the default, looked up
   * the request's handler again for each rule tried (about 15 % of the server's time under load).
   */
  @Bean
  static PathPatternRequestMatcherBuilderFactoryBean pathPatterns() {
    return new PathPatternRequestMatcherBuilderFactoryBean();
  }

  @Bean
  LoginThrottle loginThrottle() {
    return new LoginThrottle();
  }

  /**
   * The filter chain. What it refuses is recorded by publishing {@link
   * org.duban.app.audit.AuditEntry} events, which the audit log receives.
   */
  @Bean
  SecurityFilterChain filterChain(
      HttpSecurity http,
      AuthenticationConfiguration authentication,
      LoginThrottle throttle,
      ApplicationEventPublisher audit,
      ObjectMapper json)
      throws Exception {
    ErrorResponses errors = new ErrorResponses(json);
    ApiEntryPoint api = new ApiEntryPoint(errors);
    LoginRecorder recorder = new LoginRecorder(audit);
    // The user details and password checks Spring Boot sets up, behind the throttle.
    http.authenticationManager(
            new ThrottledAuthentication(authentication.getAuthenticationManager(), throttle, audit))
        .authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/login", "/login/**", "/logout", "/error")
                    .permitAll()
                    .requestMatchers("/api/users/**", "/admin/**")
                    .hasRole("ADMIN")
                    .requestMatchers(AUDIT)
                    .hasAnyRole(AUDITORS.stream().map(Role::name).toArray(String[]::new))
                    .requestMatchers(SUPERVISED)
                    .authenticated()
                    .requestMatchers(HttpMethod.GET, "/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.HEAD, "/**")
                    .permitAll()
                    .requestMatchers("/api/documents", "/api/documents/**")
                    .hasAnyRole("ADMIN", "SUPERVISOR")
                    .anyRequest()
                    .authenticated())
        .httpBasic(
            basic ->
                basic
                    .authenticationEntryPoint(api)
                    .authenticationDetailsSource(LoginDetails.SOURCE))
        .formLogin(
            form ->
                form.loginPage("/login")
                    .authenticationDetailsSource(LoginDetails.SOURCE)
                    .successHandler(recorder)
                    .failureHandler(loginFailures()))
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").addLogoutHandler(recorder))
        .exceptionHandling(
            refusals ->
                refusals
                    .authenticationEntryPoint(entryPoint(api))
                    .accessDeniedHandler(new RefusalHandler(audit, errors)))
        .csrf(csrf -> csrf.ignoringRequestMatchers(new ScriptRequests()))
        .headers(
            headers ->
                headers
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            new NegatedRequestMatcher(API_DOCS),
                            new ContentSecurityPolicyHeaderWriter(CONTENT_SECURITY_POLICY)))
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            API_DOCS, new ContentSecurityPolicyHeaderWriter(API_DOCS_POLICY)))
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
    return http.build();
  }

  /** API requests get JSON (401); pages go to the login form. */
  private static AuthenticationEntryPoint entryPoint(ApiEntryPoint api) {
    LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> byPath = new LinkedHashMap<>();
    byPath.put(ErrorResponses::isApi, api);
    DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(byPath);
    entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
    return entryPoint;
  }

  /** A wrong password goes back to the form; a locked login gets the form with 429. */
  private static AuthenticationFailureHandler loginFailures() {
    LinkedHashMap<Class<? extends AuthenticationException>, AuthenticationFailureHandler> byCause =
        new LinkedHashMap<>();
    byCause.put(
        LoginLockedException.class,
        new ForwardAuthenticationFailureHandler(LoginPageController.LOCKED));
    return new DelegatingAuthenticationFailureHandler(
        byCause, new SimpleUrlAuthenticationFailureHandler("/login?error"));
  }
}
