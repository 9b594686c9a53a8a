package org.duban.app.ingest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.app.audit.Actor;
import org.duban.app.audit.AuditEntry;
import org.duban.app.web.InvalidParameterException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Upload of documents into the ledger by an editor; each file is ingested as the CLI does. */
@RestController
@Tag(name = "documents")
final class IngestController {

  private final IngestService ingest;
  private final ApplicationEventPublisher audit;

  IngestController(IngestService ingest, ApplicationEventPublisher audit) {
    this.ingest = ingest;
    this.audit = audit;
  }

  @PostMapping(value = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Store uploaded files (form field 'file', one or more; needs the ADMIN or SUPERVISOR role)",
      description = "Answers each file's outcome: ADDED, UNCHANGED or FAILED with the reason.")
  IngestReport upload(
      @RequestParam("file") List<MultipartFile> files,
      Principal principal,
      HttpServletRequest request)
      throws IOException {
    Map<String, byte[]> contents = new LinkedHashMap<>();
    for (MultipartFile file : files) {
      String name = file.getOriginalFilename();
      if (name == null || name.isBlank()) {
        throw new InvalidParameterException("file", "must name each uploaded file");
      }
      contents.put(name, file.getBytes());
    }
    Actor actor = Actor.of(request, principal);
    IngestReport report = ingest.ingestBytes(contents, actor);
    // Stored files are recorded as they are stored; a refused one is recorded here, with why.
    for (FileOutcome refused : report.failures()) {
      audit.publishEvent(
          AuditEntry.refused(actor, "INGEST", "source_file", null, refused.message()));
    }
    return report;
  }
}
