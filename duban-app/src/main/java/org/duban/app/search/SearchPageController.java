package org.duban.app.search;

import jakarta.servlet.http.HttpServletRequest;
import org.duban.app.fact.FactRepository;
import org.duban.app.label.DocumentNames;
import org.duban.app.web.Pager;
import org.duban.core.meta.DocumentType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: a query box with filters and the highlighted sentences found. */
@Controller
final class SearchPageController {

  static final int PAGE = 20;

  private final SearchIndex index;
  private final FactRepository facts;
  private final DocumentNames names;

  SearchPageController(SearchIndex index, FactRepository facts, DocumentNames names) {
    this.index = index;
    this.facts = facts;
    this.names = names;
  }

  @GetMapping("/search")
  String search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String type,
      @RequestParam(defaultValue = "0") int offset,
      @RequestParam(defaultValue = "" + PAGE) int limit,
      HttpServletRequest request,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("region", region);
    model.addAttribute("year", year);
    model.addAttribute("type", type);
    model.addAttribute("types", DocumentType.values());
    model.addAttribute("regions", facts.regions());
    if (q != null && !q.isBlank()) {
      SearchResult result = SearchController.run(q, region, year, type, null, limit, offset, index);
      model.addAttribute("result", result);
      model.addAttribute("pager", Pager.of(request, result.total(), offset, limit));
      model.addAttribute(
          "names", names.of(result.hits().stream().map(SearchHit::documentId).toList()));
    }
    return "search";
  }
}
