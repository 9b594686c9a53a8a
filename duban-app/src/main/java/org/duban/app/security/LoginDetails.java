package org.duban.app.security;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.duban.app.audit.Actor;
import org.duban.app.audit.AuditChannel;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.core.Authentication;

/** Where a login attempt came from, kept with the attempt for throttling and the trail. */
record LoginDetails(AuditChannel channel, String address) implements Serializable {

  static final AuthenticationDetailsSource<HttpServletRequest, LoginDetails> SOURCE =
      request -> {
        Actor sender = Actor.of(request, null);
        return new LoginDetails(sender.channel(), sender.address());
      };

  static LoginDetails of(Authentication attempt) {
    return attempt.getDetails() instanceof LoginDetails d
        ? d
        : new LoginDetails(AuditChannel.SYSTEM, null);
  }

  Actor actor(String name) {
    return new Actor(name, channel, address);
  }
}
