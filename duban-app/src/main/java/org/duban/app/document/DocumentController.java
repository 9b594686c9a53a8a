package org.duban.app.document;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.duban.app.audit.Actor;
import org.duban.app.web.InvalidParameterException;
import org.duban.app.web.Paging;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The stored documents: list, one with its outline and facts, its text; removal by an editor. */
@RestController
@RequestMapping("/api/documents")
@Tag(name = "documents", description = "Stored documents with their metadata, outline and facts")
final class DocumentController {

  private final DocumentRepository documents;
  private final DocumentService service;

  DocumentController(DocumentRepository documents, DocumentService service) {
    this.documents = documents;
    this.service = service;
  }

  @GetMapping
  @Operation(
      summary = "Documents matching the filters, newest year first",
      description =
          "One page of at most limit documents; the total is in the X-Total-Count header.")
  List<DocumentSummary> list(
      @Parameter(description = "region, e.g. 长宁区") @RequestParam(required = false) String region,
      @Parameter(description = "the year a document is about") @RequestParam(required = false)
          String year,
      @Parameter(description = "document type: WORK_REPORT, KEY_WORK_ARRANGEMENT, … or 政府工作报告")
          @RequestParam(required = false)
          String type,
      @RequestParam(defaultValue = "100") int limit,
      @RequestParam(defaultValue = "0") int offset,
      HttpServletResponse response) {
    DocumentFilter filter = DocumentFilter.of(region, year, type);
    Paging.check(limit, offset, 1_000);
    response.setHeader("X-Total-Count", String.valueOf(documents.count(filter)));
    return documents.list(filter, limit, offset);
  }

  @GetMapping("/{id}")
  @Operation(summary = "One document: metadata, outline, tasks and facts with their spans")
  DocumentDetail detail(@PathVariable long id) {
    return service.detail(id);
  }

  @GetMapping(value = "/{id}/text", produces = "text/plain;charset=UTF-8")
  @Operation(
      summary = "The document's original text, or a part of it",
      description =
          "from and to are code-point offsets from the document's start; one answer holds at"
              + " most 200,000 code points. X-Duban-Start is the file offset of the answer's"
              + " first code point (fact spans minus it are offsets into the answer),"
              + " X-Duban-Length the whole document's length, X-Duban-From and X-Duban-To the"
              + " part answered; a Link header with rel=next names the next part.")
  ResponseEntity<String> text(
      @PathVariable long id,
      @Parameter(description = "first code point, from the document's start (default 0)")
          @RequestParam(required = false)
          Integer from,
      @Parameter(description = "end of the part, exclusive (default: 200,000 further)")
          @RequestParam(required = false)
          Integer to) {
    int a = from == null ? 0 : from;
    if (a < 0) {
      throw new InvalidParameterException("from", "must be 0 or more, not " + a);
    }
    int b = to == null ? a + DocumentService.PART : to;
    if (b < a) {
      throw new InvalidParameterException("to", "must not be less than from (" + a + "), not " + b);
    }
    TextPart part = service.textPart(id, a, b);
    ResponseEntity.BodyBuilder answer =
        ResponseEntity.ok()
            .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
            .header("X-Duban-Start", String.valueOf(part.documentStart() + part.from()))
            .header("X-Duban-Length", String.valueOf(part.documentLength()))
            .header("X-Duban-From", String.valueOf(part.from()))
            .header("X-Duban-To", String.valueOf(part.to()));
    if (part.to() < part.documentLength()) {
      answer.header(
          "Link", "</api/documents/" + id + "/text?from=" + part.to() + ">; rel=\"next\"");
    }
    return answer.body(part.text());
  }

  @DeleteMapping("/{id}")
  @Operation(summary = "Remove a document and its facts (needs the ADMIN or SUPERVISOR role)")
  ResponseEntity<Void> delete(
      @PathVariable long id, Principal principal, HttpServletRequest request) {
    service.delete(id, Actor.of(request, principal));
    return ResponseEntity.noContent().build();
  }
}
