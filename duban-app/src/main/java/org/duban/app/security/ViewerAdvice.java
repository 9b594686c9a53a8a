package org.duban.app.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the logged-in user ({@code viewer}, null when anonymous) for its header. */
@ControllerAdvice(annotations = Controller.class)
final class ViewerAdvice {

  @ModelAttribute("viewer")
  Viewer viewer() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return Viewer.of(authentication);
  }
}
