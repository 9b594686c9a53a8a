package org.duban.app.security;

import org.duban.app.user.Role;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The person logged in, as the page header shows them: name and role.
 *
 * @param role null for a login without a ledger role
 */
public record Viewer(String name, Role role) {

  /** The logged-in user of a request, or null for an anonymous reader. */
  static Viewer of(Authentication authentication) {
    if (authentication == null
        || !authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return null;
    }
    Role role = null;
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      Role r = roleOf(authority.getAuthority());
      if (r != null) {
        role = r;
        break;
      }
    }
    return new Viewer(authentication.getName(), role);
  }

  static Role roleOf(String authority) {
    for (Role r : Role.values()) {
      if (r.authority().equals(authority)) {
        return r;
      }
    }
    return null;
  }

  /** The role's Chinese name (管理员, 督查室, …). */
  public String roleLabel() {
    return role == null ? "" : role.label();
  }

  /** Whether the audit trail is open to this user. */
  public boolean mayAudit() {
    return role != null && SecurityConfig.AUDITORS.contains(role);
  }
}
