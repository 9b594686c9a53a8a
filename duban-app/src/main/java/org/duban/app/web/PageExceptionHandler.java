package org.duban.app.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

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
    model.addAttribute("message", e.chineseMessage());
    return "problem";
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  String mismatch(
      MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
    response.setStatus(400);
    model.addAttribute("title", "查询条件有误");
    String value = String.valueOf(e.getValue());
    model.addAttribute(
        "message",
        "参数 "
            + e.getName()
            + " 的值“"
            + (value.length() > 50 ? value.substring(0, 50) + "…" : value)
            + "”格式不对"
            + (isWholeNumber(e.getRequiredType()) ? "，应为不太大的整数" : ""));
    return "problem";
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  String missing(
      MissingServletRequestParameterException e, Model model, HttpServletResponse response) {
    response.setStatus(400);
    model.addAttribute("title", "查询条件有误");
    model.addAttribute("message", "缺少参数 " + e.getParameterName());
    return "problem";
  }

  private static boolean isWholeNumber(Class<?> type) {
    return type == int.class || type == long.class || type == Integer.class || type == Long.class;
  }
}
