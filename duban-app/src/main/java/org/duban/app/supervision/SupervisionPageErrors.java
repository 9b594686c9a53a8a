package org.duban.app.supervision;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refused page request under supervision as a page: an item of another unit gets 403 and a page
 * that says so without saying anything of the item.
 */
@ControllerAdvice(assignableTypes = {SupervisionPageController.class, ScorePageController.class})
final class SupervisionPageErrors {

  @ExceptionHandler(ActionRefused.class)
  String refused(ActionRefused e, Model model, HttpServletResponse response) {
    switch (e.kind()) {
      case FORBIDDEN -> {
        response.setStatus(403);
        model.addAttribute("title", "无权访问");
      }
      case CONFLICT -> {
        response.setStatus(409);
        model.addAttribute("title", "当前状态下不能这样做");
      }
      case INVALID -> {
        response.setStatus(400);
        model.addAttribute("title", "请求有误");
      }
    }
    model.addAttribute("message", e.getMessage());
    return "problem";
  }
}
