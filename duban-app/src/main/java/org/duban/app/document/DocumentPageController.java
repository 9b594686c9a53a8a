package org.duban.app.document;

import java.util.List;
import org.duban.app.fact.FactFilter;
import org.duban.app.fact.FactRepository;
import org.duban.app.fact.StoredFact;
import org.duban.core.meta.DocumentType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The document list and the document reader pages. */
@Controller
final class DocumentPageController {

  private final DocumentRepository documents;
  private final DocumentService service;
  private final FactRepository facts;

  DocumentPageController(
      DocumentRepository documents, DocumentService service, FactRepository facts) {
    this.documents = documents;
    this.service = service;
    this.facts = facts;
  }

  @GetMapping("/documents")
  String list(
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String type,
      Model model) {
    model.addAttribute("documents", documents.list(DocumentFilter.of(region, year, type)));
    model.addAttribute("region", region);
    model.addAttribute("year", year);
    model.addAttribute("type", type);
    model.addAttribute("types", DocumentType.values());
    model.addAttribute("regions", facts.regions());
    return "documents";
  }

  /**
   * The reader. A document longer than {@link DocumentService#PART} code points is shown one part
   * at a time ({@code part}, or the part holding {@code from}), with the facts of that part only.
   */
  @GetMapping("/documents/{id}")
  String read(
      @PathVariable long id,
      @RequestParam(defaultValue = "-1") int from,
      @RequestParam(defaultValue = "-1") int to,
      @RequestParam(defaultValue = "0") int part,
      Model model) {
    DocumentSummary document = service.summary(id);
    TextPart place = service.textPart(id, 0, 0);
    int size = DocumentService.PART;
    int parts = Math.max(1, (place.documentLength() + size - 1) / size);
    int shown = from >= 0 ? (from - place.documentStart()) / size : part;
    shown = Math.max(0, Math.min(shown, parts - 1));
    TextPart text = service.textPart(id, shown * size, (shown + 1) * size);
    int base = text.documentStart() + text.from();
    List<StoredFact> found =
        parts == 1
            ? facts.find(
                new FactFilter(null, null, null, null, null, id), DocumentService.DETAIL_FACTS, 0)
            : facts.inSpan(id, base, base + text.to() - text.from(), DocumentService.DETAIL_FACTS);
    model.addAttribute("document", document);
    List<OutlineEntry> outline = documents.outline(id);
    model.addAttribute("outline", outline);
    model.addAttribute("tasks", documents.tasks(id));
    model.addAttribute("facts", found);
    model.addAttribute("factCount", document.factCount());
    model.addAttribute("part", shown);
    model.addAttribute("parts", parts);
    model.addAttribute(
        "outlineParts",
        outline.stream()
            .map(n -> Math.max(0, Math.min(parts - 1, (n.start() - text.documentStart()) / size)))
            .toList());
    model.addAttribute(
        "segments",
        ReaderSegments.of(
            text.text(),
            base,
            found,
            from,
            to,
            outline.stream().map(OutlineEntry::start).toList()));
    return "document";
  }
}
