package org.duban.app.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Turns failures of API requests into JSON bodies whose message says what was wrong. */
// First, so REST controllers get JSON even though the page advice also applies to them.
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
final class ApiExceptionHandler {

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ErrorBody> notFound(NotFoundException e, HttpServletRequest request) {
    return body(HttpStatus.NOT_FOUND, e.getMessage(), request);
  }

  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<ErrorBody> invalid(InvalidParameterException e, HttpServletRequest request) {
    return body(HttpStatus.BAD_REQUEST, e.getMessage(), request);
  }

  @ExceptionHandler(AnswerTooLargeException.class)
  ResponseEntity<ErrorBody> tooLarge(AnswerTooLargeException e, HttpServletRequest request) {
    return body(HttpStatus.BAD_REQUEST, e.getMessage(), request);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ErrorBody> mismatch(
      MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    String expected =
        e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
    return body(
        HttpStatus.BAD_REQUEST,
        "parameter '"
            + e.getName()
            + "' must be "
            + article(expected)
            + ", not '"
            + e.getValue()
            + "'",
        request);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ErrorBody> missing(
      MissingServletRequestParameterException e, HttpServletRequest request) {
    return body(
        HttpStatus.BAD_REQUEST, "parameter '" + e.getParameterName() + "' is required", request);
  }

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<ErrorBody> status(ResponseStatusException e, HttpServletRequest request) {
    HttpStatus status = HttpStatus.resolve(e.getStatusCode().value());
    return body(
        status == null ? HttpStatus.BAD_REQUEST : status,
        e.getReason() == null ? e.getMessage() : e.getReason(),
        request);
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ErrorBody> noResource(NoResourceFoundException e, HttpServletRequest request) {
    return body(HttpStatus.NOT_FOUND, "no such resource: /" + e.getResourcePath(), request);
  }

  private static String article(String type) {
    return switch (type) {
      case "long", "Long", "int", "Integer" -> "a whole number";
      default -> "a " + type;
    };
  }

  static ResponseEntity<ErrorBody> body(
      HttpStatus status, String message, HttpServletRequest request) {
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            new ErrorBody(
                status.value(), status.getReasonPhrase(), message, request.getRequestURI()));
  }
}
