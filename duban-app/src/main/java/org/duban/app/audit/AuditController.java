package org.duban.app.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import org.duban.app.web.Paging;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The audit trail, newest first, with filters and exports; for the roles that supervise. */
@RestController
@Tag(name = "audit", description = "Who did what to the ledger, and what was refused")
final class AuditController {

  /** The most events one export holds; a wider filter is refused with a hint to narrow it. */
  static final int MAX_EXPORT = 100_000;

  private final AuditLog audit;
  private final ZoneId zone = ZoneId.systemDefault();

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/api/audit")
  @Operation(
      summary = "Recorded actions matching the filters, newest first (ADMIN, SUPERVISOR, LEADER)",
      description = "The total number of matches is in the X-Total-Count header.")
  List<AuditEvent> list(
      @ParameterObject AuditParameters parameters,
      @RequestParam(defaultValue = "100") int limit,
      @RequestParam(defaultValue = "0") int offset,
      HttpServletResponse response) {
    AuditQuery query = parameters.toQuery(zone);
    Paging.check(limit, offset, 1000);
    response.setHeader("X-Total-Count", String.valueOf(audit.count(query)));
    return audit.find(query, limit, offset);
  }

  @GetMapping(value = "/api/audit.csv", produces = "text/csv")
  @Operation(summary = "The same as CSV (UTF-8), with Chinese column headers")
  void csv(@ParameterObject AuditParameters parameters, HttpServletResponse response)
      throws IOException {
    AuditQuery query = exportable(parameters);
    attachment(response, "text/csv;charset=UTF-8", "audit.csv");
    new AuditExport(zone).csv(each -> audit.forEach(query, each), response.getOutputStream());
  }

  @GetMapping("/api/audit.xlsx")
  @Operation(summary = "The same as an Excel workbook, with Chinese column headers")
  void xlsx(@ParameterObject AuditParameters parameters, HttpServletResponse response)
      throws IOException {
    AuditQuery query = exportable(parameters);
    attachment(
        response,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "audit.xlsx");
    new AuditExport(zone).xlsx(each -> audit.forEach(query, each), response.getOutputStream());
  }

  private AuditQuery exportable(AuditParameters parameters) {
    AuditQuery query = parameters.toQuery(zone);
    long count = audit.count(query);
    if (count > MAX_EXPORT) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "the filter matches "
              + count
              + " events, more than the "
              + MAX_EXPORT
              + " an export holds; narrow it by time (from, to), actor or action");
    }
    return query;
  }

  private static void attachment(HttpServletResponse response, String type, String name) {
    response.setContentType(type);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(name).build().toString());
  }
}
