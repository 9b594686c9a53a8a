package org.duban.app.department;

import jakarta.servlet.http.HttpServletRequest;
import org.duban.app.web.ErrorBody;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The department API's answers to a refused or wrong change. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = DepartmentController.class)
final class DepartmentErrors {

  @ExceptionHandler(InvalidDepartmentException.class)
  ResponseEntity<ErrorBody> invalid(InvalidDepartmentException e, HttpServletRequest request) {
    return body(HttpStatus.BAD_REQUEST, e.getMessage(), request);
  }

  @ExceptionHandler(Office.DepartmentChangeForbidden.class)
  ResponseEntity<ErrorBody> forbidden(RuntimeException e, HttpServletRequest request) {
    return body(HttpStatus.FORBIDDEN, e.getMessage(), request);
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
