package org.duban.app.supervision;

import java.security.Principal;
import org.duban.app.user.UserRepository;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Finds the logged-in user of a request in the ledger. */
@Component
class Viewers {

  private final UserRepository users;

  Viewers(UserRepository users) {
    this.users = users;
  }

  Viewer of(Principal principal) {
    if (principal == null) {
      throw new AccessDeniedException("请先登录");
    }
    return users
        .findByName(principal.getName())
        .map(Viewer::of)
        .orElseThrow(() -> new AccessDeniedException("用户 " + principal.getName() + " 已不存在"));
  }
}
