package org.duban.app.ingest;

import jakarta.servlet.http.HttpServletRequest;
import org.duban.app.audit.Actor;
import org.duban.app.audit.AuditEntry;
import org.duban.app.web.ErrorBody;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Answers an upload larger than the server takes with 413 and a body naming the limit, and records
 * the refusal. The request never reaches a controller (the size is checked while the request is
 * read), so this advice applies to every handler.
 */
@RestControllerAdvice
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
final class UploadLimit {

  private final DataSize maxFile;
  private final DataSize maxRequest;
  private final ApplicationEventPublisher audit;

  // Spring Boot's own defaults, for where its multipart configuration is not loaded (test slices).
  UploadLimit(
      @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize maxFile,
      @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequest,
      ApplicationEventPublisher audit) {
    this.maxFile = maxFile;
    this.maxRequest = maxRequest;
    this.audit = audit;
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ErrorBody> tooLarge(HttpServletRequest request) {
    String limit =
        "at most "
            + size(maxFile)
            + " per file and "
            + size(maxRequest)
            + " per upload (spring.servlet.multipart.max-file-size and max-request-size)";
    audit.publishEvent(
        AuditEntry.refused(
            Actor.of(request, request.getUserPrincipal()),
            "INGEST",
            "source_file",
            null,
            "上传超过大小限制：" + limit));
    HttpStatus status = HttpStatus.PAYLOAD_TOO_LARGE;
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            new ErrorBody(
                status.value(),
                status.getReasonPhrase(),
                "the upload is larger than the server takes: " + limit,
                request.getRequestURI()));
  }

  private static String size(DataSize size) {
    long bytes = size.toBytes();
    if (bytes < 0) {
      return "no limit";
    }
    return bytes % (1024 * 1024) == 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
  }
}
