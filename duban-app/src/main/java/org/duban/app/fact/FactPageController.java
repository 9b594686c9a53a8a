package org.duban.app.fact;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** The facts table with its filters and export links. */
@Controller
final class FactPageController {

  static final int PAGE = 500;

  private final FactRepository facts;

  FactPageController(FactRepository facts) {
    this.facts = facts;
  }

  @GetMapping("/facts")
  String list(@ModelAttribute("query") FactQuery query, Model model) {
    FactFilter filter = query.toFilter();
    model.addAttribute("facts", facts.find(filter, PAGE, 0));
    model.addAttribute("total", facts.count(filter));
    model.addAttribute("page", PAGE);
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
