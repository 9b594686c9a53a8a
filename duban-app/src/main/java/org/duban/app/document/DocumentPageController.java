package org.duban.app.document;

import jakarta.servlet.http.HttpServletRequest;
import org.duban.app.fact.FactRepository;
import org.duban.app.web.Pager;
import org.duban.core.meta.DocumentType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The document list and the document reader pages. */
@Controller
final class DocumentPageController {

  static final int PAGE = 50;

  private final DocumentRepository documents;
  private final ReaderViews views;
  private final FactRepository facts;

  DocumentPageController(DocumentRepository documents, ReaderViews views, FactRepository facts) {
    this.documents = documents;
    this.views = views;
    this.facts = facts;
  }

  @GetMapping("/documents")
  String list(
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String type,
      @RequestParam(defaultValue = "0") int offset,
      HttpServletRequest request,
      Model model) {
    DocumentFilter filter = DocumentFilter.of(region, year, type);
    Pager pager = Pager.of(request, documents.count(filter), offset, PAGE);
    model.addAttribute("documents", documents.list(filter, PAGE, offset));
    model.addAttribute("pager", pager);
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
    ReaderView view = views.of(id, from >= 0 ? views.partAt(id, from) : part);
    model.addAttribute("view", view);
    model.addAttribute("document", view.document());
    model.addAttribute(
        "textHtml",
        ReaderHtml.of(
            ReaderSegments.of(
                view.body(),
                view.base(),
                view.facts(),
                from,
                to,
                view.outline().stream().map(OutlineEntry::start).toList())));
    return "document";
  }
}
