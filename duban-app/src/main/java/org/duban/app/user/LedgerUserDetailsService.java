package org.duban.app.user;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Logs users in against the ledger's user table. */
@Component
class LedgerUserDetailsService implements UserDetailsService {

  private final UserRepository users;

  LedgerUserDetailsService(UserRepository users) {
    this.users = users;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    UserAccount user =
        users
            .findByName(username)
            .orElseThrow(() -> new UsernameNotFoundException("no user " + username));
    String hash = users.passwordHash(username).orElseThrow();
    return User.withUsername(user.username())
        .password(hash)
        .authorities(List.of(new SimpleGrantedAuthority(user.role().authority())))
        .disabled(!user.enabled())
        .build();
  }
}
