package org.duban.app.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Shows what went wrong on a page request as a page, in Chinese and with the reason. */
@ControllerAdvice(annotations = Controller.class)
final class PageExceptionHandler {

  @ExceptionHandler(NotFoundException.class)
  String notFound(NotFoundException e, Model model, HttpServletResponse response) {
    response.setStatus(404);
    model.addAttribute("title", "未找到");
    model.addAttribute("message", e.forPeople());
    return "problem";
  }

  @ExceptionHandler(InvalidParameterException.class)
  String invalid(InvalidParameterException e, Model model, HttpServletResponse response) {
    response.setStatus(400);
    model.addAttribute("title", "查询条件有误");
    model.addAttribute("message", e.forPeople());
    return "problem";
  }
}
