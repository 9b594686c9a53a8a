package org.duban.app.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.duban.app.web.Paging;
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
    Paging.check(limit, 0, 1000);
    return audit.latest(limit);
  }
}
