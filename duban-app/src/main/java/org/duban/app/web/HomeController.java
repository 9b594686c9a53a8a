package org.duban.app.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what the ledger holds, with a chart of the targets' verdicts by year. */
@Controller
final class HomeController {

  private final JdbcClient jdbc;

  HomeController(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @GetMapping("/")
  String home(Model model) {
    model.addAttribute("documentCount", count("document"));
    model.addAttribute("factCount", count("fact"));
    model.addAttribute("taskCount", count("task"));
    return "index";
  }

  private long count(String table) {
    return jdbc.sql("select count(*) from " + table).query(Long.class).single();
  }
}
