package org.duban.app.web;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what the ledger holds, with a chart of facts by region and modality. */
@Controller
final class HomeController {

  /** Facts of one region, split into results and targets. */
  record RegionFacts(String region, long actual, long target) {}

  private final JdbcClient jdbc;

  HomeController(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("documentCount", count("document"));
    model.addAttribute("factCount", count("fact"));
    model.addAttribute("taskCount", count("task"));
    List<RegionFacts> regions =
        jdbc.sql(
                "select region, sum(case when modality = 'ACTUAL' then 1 else 0 end),"
                    + " sum(case when modality = 'TARGET' then 1 else 0 end) from fact"
                    + " where region is not null group by region order by count(*) desc limit 12")
            .query((rs, n) -> new RegionFacts(rs.getString(1), rs.getLong(2), rs.getLong(3)))
            .list();
    model.addAttribute("regionFacts", regions);
    return "index";
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }
}
