package org.duban.app.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.duban.app.web.InvalidParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail, newest first. */
@RestController
@Tag(name = "audit", description = "Who changed what in the ledger")
final class AuditController {

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping("/api/audit")
  @Operation(summary = "The latest changes to the ledger, newest first")
  List<AuditEvent> latest(@RequestParam(defaultValue = "100") int limit) {
    if (limit < 1 || limit > 1000) {
      throw new InvalidParameterException("limit", "must be between 1 and 1000, not " + limit);
    }
    return audit.latest(limit);
  }
}
