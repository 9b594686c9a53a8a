package org.duban.app.security;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what: reading (pages and GET requests of the API) is open to everyone, as a ledger of
 * published documents is; changing the ledger through the API needs the EDITOR role (HTTP Basic, or
 * the login form for pages). The editor's password comes from {@code duban.editor-password}
 * (environment DUBAN_EDITOR_PASSWORD) or is generated and logged on start.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfig {

  static final String EDITOR = "EDITOR";
  private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);

  @Bean
  SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            auth ->
                auth.requestMatchers(HttpMethod.GET, "/**")
                    .permitAll()
                    .requestMatchers(HttpMethod.HEAD, "/**")
                    .permitAll()
                    .requestMatchers("/login", "/logout", "/error")
                    .permitAll()
                    .anyRequest()
                    .hasRole(EDITOR))
        .httpBasic(Customizer.withDefaults())
        .formLogin(Customizer.withDefaults())
        // The API is called by scripts with Basic credentials, not by forms: no CSRF token there.
        .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"));
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService users(
      PasswordEncoder encoder,
      @Value("${duban.editor-user:editor}") String name,
      @Value("${duban.editor-password:${DUBAN_EDITOR_PASSWORD:}}") String password) {
    String secret = password;
    if (secret == null || secret.isBlank()) {
      byte[] random = new byte[9];
      new SecureRandom().nextBytes(random);
      secret = HexFormat.of().formatHex(random);
      log.warn(
          "no editor password configured (DUBAN_EDITOR_PASSWORD); for this run the editor is"
              + " '{}' with password {}",
          name,
          secret);
    }
    return new InMemoryUserDetailsManager(
        User.withUsername(name).password(encoder.encode(secret)).roles(EDITOR).build());
  }
}
