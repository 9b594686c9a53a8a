package org.duban.app.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what. The published ledger (its pages and GET requests) is open to everyone, as a
 * ledger of published documents is; changing it (upload, delete) needs the ADMIN or SUPERVISOR
 * role; user administration needs ADMIN; everything under supervision needs a login, and the
 * supervision feature decides per item who sees what. Users log in with the form at {@code /login}
 * or, for scripts, with HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfig {

  /** Paths that need a login even to read. */
  static final String[] SUPERVISED = {
    "/api/supervision/**", "/supervision/**", "/api/users/**", "/admin/**"
  };

  @Bean
  SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers("/login", "/logout", "/error")
                    .permitAll()
                    .requestMatchers("/api/users/**", "/admin/**")
                    .hasRole("ADMIN")
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
        .httpBasic(Customizer.withDefaults())
        .formLogin(Customizer.withDefaults())
        // The API is called by scripts with Basic credentials, not by forms: no CSRF token there.
        .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
    return http.build();
  }
}
