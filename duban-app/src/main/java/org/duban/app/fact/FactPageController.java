package org.duban.app.fact;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.duban.app.label.DocumentNames;
import org.duban.app.web.Pager;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The facts table with its filters and export links. */
@Controller
final class FactPageController {

  static final int PAGE = 50;

  private final FactRepository facts;
  private final DocumentNames names;

  FactPageController(FactRepository facts, DocumentNames names) {
    this.facts = facts;
    this.names = names;
  }

  @GetMapping("/facts")
  String list(
      @ModelAttribute("query") FactQuery query,
      @RequestParam(defaultValue = "0") int offset,
      HttpServletRequest request,
      Model model) {
    FactFilter filter = query.toFilter();
    Pager pager = Pager.of(request, facts.count(filter), offset, PAGE);
    List<StoredFact> page = facts.find(filter, PAGE, offset);
    model.addAttribute("facts", page);
    model.addAttribute("names", names.of(page.stream().map(StoredFact::documentId).toList()));
    model.addAttribute("pager", pager);
    model.addAttribute("regions", facts.regions());
    model.addAttribute("exportQuery", exportQuery(query));
    return "facts";
  }

  private static String exportQuery(FactQuery q) {
    return UriComponentsBuilder.newInstance()
        .queryParamIfPresent("region", present(q.region()))
        .queryParamIfPresent("indicator", present(q.indicator()))
        .queryParamIfPresent("period", present(q.period()))
        .queryParamIfPresent("modality", present(q.modality()))
        .queryParamIfPresent("measure", present(q.measure()))
        .queryParamIfPresent("document", present(q.document()))
        .encode()
        .build()
        .toUriString();
  }

  private static java.util.Optional<String> present(String s) {
    return s == null || s.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(s);
  }
}
