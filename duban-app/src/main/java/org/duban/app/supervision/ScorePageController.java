package org.duban.app.supervision;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The 考核 ranking page: the rule in words, a chart, the table and its export. */
@Controller
final class ScorePageController {

  private final ScoreService scores;
  private final ItemService items;
  private final Viewers viewers;

  ScorePageController(ScoreService scores, ItemService items, Viewers viewers) {
    this.scores = scores;
    this.items = items;
    this.viewers = viewers;
  }

  @GetMapping("/supervision/scores")
  String ranking(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String asOf,
      Principal principal,
      Model model) {
    Viewer viewer = viewers.of(principal);
    LocalDate day = ItemQuery.parseDay(asOf, items.today());
    int y = year != null ? year : day.getYear();
    List<DepartmentScore> ranking = scores.scores(y, day);
    model.addAttribute("scores", ranking);
    model.addAttribute("rule", scores.rule().describe());
    model.addAttribute("year", y);
    model.addAttribute("asOf", day);
    model.addAttribute("member", viewer);
    model.addAttribute(
        "names", String.join("|", ranking.stream().map(DepartmentScore::department).toList()));
    model.addAttribute(
        "values", String.join("|", ranking.stream().map(s -> String.valueOf(s.score())).toList()));
    return "supervision/scores";
  }
}
