package org.duban.app.supervision;

import jakarta.servlet.http.HttpServletRequest;
import org.duban.app.department.InvalidDepartmentException;
import org.duban.app.web.ErrorBody;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The API's answers to a refused step or a bad request under supervision: 403 for a user who may
 * not, 409 for a state that does not allow it, 400 for values that are wrong; the message says
 * which, and a refused item is never described.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(
    assignableTypes = {ItemController.class, SheetController.class, ScoreController.class})
final class SupervisionApiErrors {

  @ExceptionHandler(ActionRefused.class)
  ResponseEntity<ErrorBody> refused(ActionRefused e, HttpServletRequest request) {
    HttpStatus status =
        switch (e.kind()) {
          case FORBIDDEN -> HttpStatus.FORBIDDEN;
          case CONFLICT -> HttpStatus.CONFLICT;
          case INVALID -> HttpStatus.BAD_REQUEST;
        };
    return body(status, e.getMessage(), request);
  }

  @ExceptionHandler(InvalidDepartmentException.class)
  ResponseEntity<ErrorBody> invalid(InvalidDepartmentException e, HttpServletRequest request) {
    return body(HttpStatus.BAD_REQUEST, e.getMessage(), request);
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ErrorBody> unreadable(
      HttpMessageNotReadableException e, HttpServletRequest request) {
    String cause = e.getMostSpecificCause().getMessage();
    return body(
        HttpStatus.BAD_REQUEST,
        "请求内容不是可读的 JSON 或字段值有误（日期写作 YYYY-MM-DD，action 取 SIGN、REQUEST_COMPLETION、"
            + "APPROVE_COMPLETION、RETURN、REQUEST_EXTENSION、APPROVE_EXTENSION、REMIND 之一）："
            + (cause == null ? "" : cause.lines().findFirst().orElse("")),
        request);
  }

  private static ResponseEntity<ErrorBody> body(
      HttpStatus status, String message, HttpServletRequest request) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            new ErrorBody(
                status.value(), status.getReasonPhrase(), message, request.getRequestURI()));
  }
}
