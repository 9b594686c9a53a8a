package org.duban.app.search;

import org.duban.app.fact.FactRepository;
import org.duban.core.meta.DocumentType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: a query box with filters and the highlighted sentences found. */
@Controller
final class SearchPageController {

  private final SearchIndex index;
  private final FactRepository facts;

  SearchPageController(SearchIndex index, FactRepository facts) {
    this.index = index;
    this.facts = facts;
  }

  @GetMapping("/search")
  String search(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String type,
      @RequestParam(defaultValue = "0") int offset,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("region", region);
    model.addAttribute("year", year);
    model.addAttribute("type", type);
    model.addAttribute("types", DocumentType.values());
    model.addAttribute("regions", facts.regions());
    model.addAttribute("offset", offset);
    if (q != null && !q.isBlank()) {
      model.addAttribute(
          "result", SearchController.run(q, region, year, type, null, 50, offset, index));
    }
    return "search";
  }
}
