package org.duban.app.target;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.app.web.InvalidParameterException;
import org.duban.core.fact.Measure;
import org.duban.core.fact.Modality;
import org.duban.core.target.Indicator;
import org.duban.core.target.IndicatorCatalogue;
import org.duban.core.target.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The pages of target tracking: 目标完成情况, an indicator over the years, places compared. */
@Controller
final class TargetPageController {

  static final int PAGE = 100;

  /** The targets of one place and year, as the table groups them. */
  record Group(String region, String period, List<TargetRow> rows) {}

  private final TargetQueries targets;
  private final Charts charts;
  private final JdbcClient jdbc;

  TargetPageController(TargetQueries targets, Charts charts, JdbcClient jdbc) {
    this.targets = targets;
    this.charts = charts;
    this.jdbc = jdbc;
  }

  @GetMapping("/targets")
  String list(
      @ModelAttribute("query") TargetQuery query,
      @RequestParam(defaultValue = "1") String page,
      Model model,
      HttpServletResponse response) {
    TargetQuery.Filter filter;
    int current;
    try {
      filter = query.toFilter();
      current = Integer.parseInt(page.strip());
      if (current < 1) {
        throw new NumberFormatException();
      }
    } catch (InvalidParameterException | NumberFormatException e) {
      return problem(model, response, e);
    }
    long total = targets.count(filter);
    int pages = (int) Math.max(1, (total + PAGE - 1) / PAGE);
    current = Math.min(current, pages);
    List<TargetRow> rows = targets.find(filter, PAGE, (current - 1) * PAGE);
    model.addAttribute("groups", groups(rows));
    model.addAttribute("total", total);
    model.addAttribute("page", current);
    model.addAttribute("pages", pages);
    model.addAttribute("counts", counts(query));
    model.addAttribute("verdicts", Verdict.values());
    model.addAttribute("regions", regions());
    model.addAttribute("catalogue", IndicatorCatalogue.get().indicators());
    model.addAttribute("exportQuery", exportQuery(query));
    return "targets";
  }

  @GetMapping("/targets/series")
  String series(
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String indicator,
      @RequestParam(required = false) String measure,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("catalogue", IndicatorCatalogue.get().indicators());
    model.addAttribute("regions", regions());
    model.addAttribute("region", region);
    model.addAttribute("indicator", indicator == null ? "gdp" : indicator);
    model.addAttribute("measure", measure);
    if (TargetQuery.blankToNull(region) == null) {
      model.addAttribute("series", null);
      return "target-series";
    }
    try {
      Indicator i = ChartQuery.indicator(indicator == null ? "gdp" : indicator);
      Measure m = ChartQuery.measure(measure, i);
      model.addAttribute("series", charts.series(region.strip(), i, m));
      model.addAttribute("measure", m.name());
      model.addAttribute("indicator", i.id());
    } catch (InvalidParameterException e) {
      return problem(model, response, e);
    }
    return "target-series";
  }

  @GetMapping("/targets/compare")
  String compare(
      @RequestParam(required = false) String indicator,
      @RequestParam(required = false) String measure,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String modality,
      Model model,
      HttpServletResponse response) {
    try {
      Indicator i = ChartQuery.indicator(indicator == null ? "gdp" : indicator);
      Measure m = ChartQuery.measure(measure, i);
      Modality mo = ChartQuery.modality(modality);
      String p = ChartQuery.period(period);
      if (p == null) {
        p = charts.busiestPeriod(i, mo);
      }
      Comparison comparison =
          p == null
              ? new Comparison(i.id(), i.name(), m.name(), null, mo.name(), List.of())
              : charts.compare(i, m, p, mo);
      model.addAttribute("comparison", comparison);
      model.addAttribute("catalogue", IndicatorCatalogue.get().indicators());
      model.addAttribute("indicator", i.id());
      model.addAttribute("measure", m.name());
      model.addAttribute("period", p);
      model.addAttribute("modality", mo.name());
    } catch (InvalidParameterException e) {
      return problem(model, response, e);
    }
    return "target-compare";
  }

  private static List<Group> groups(List<TargetRow> rows) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (TargetRow r : rows) {
      groups
          .computeIfAbsent(
              r.region() + "\u0000" + r.period(),
              k -> new Group(r.region(), r.period(), new ArrayList<>()))
          .rows()
          .add(r);
    }
    return List.copyOf(groups.values());
  }

  /** The number of targets of each verdict under the query's other filters. */
  private Map<Verdict, Long> counts(TargetQuery query) {
    Map<Verdict, Long> counts = new LinkedHashMap<>();
    for (Verdict v : Verdict.values()) {
      TargetQuery only =
          new TargetQuery(
              query.region(), query.period(), query.indicator(), v.json(), query.catalogued());
      counts.put(v, targets.count(only.toFilter()));
    }
    return counts;
  }

  private List<String> regions() {
    return jdbc.sql(
            "select region from target_link where region is not null group by region"
                + " order by count(*) desc, region")
        .query(String.class)
        .list();
  }

  private static String exportQuery(TargetQuery q) {
    return UriComponentsBuilder.newInstance()
        .queryParamIfPresent("region", present(q.region()))
        .queryParamIfPresent("period", present(q.period()))
        .queryParamIfPresent("indicator", present(q.indicator()))
        .queryParamIfPresent("verdict", present(q.verdict()))
        .queryParamIfPresent("catalogued", present(q.catalogued()))
        .encode()
        .build()
        .toUriString();
  }

  private static java.util.Optional<String> present(String s) {
    return java.util.Optional.ofNullable(TargetQuery.blankToNull(s));
  }

  /** A page saying in Chinese which condition was wrong. */
  private static String problem(Model model, HttpServletResponse response, RuntimeException e) {
    response.setStatus(400);
    String parameter =
        e instanceof InvalidParameterException invalid ? invalid.parameter() : "page";
    String message =
        switch (parameter) {
          case "period" -> "年份应为四位年份（如 2024）或年份区间（如 2021-2025）。";
          case "verdict" -> "判定应为：达成、未达成、无数据或待报告。";
          case "indicator" -> "指标不在指标目录中，请从列表中选择，或输入指标编号（如 gdp）。";
          case "measure" -> "比较方式应为：水平（VALUE）或增减（CHANGE）。";
          case "modality" -> "性质应为：目标（TARGET）或实际（ACTUAL）。";
          case "region" -> "请填写地区，如 海拉尔区 或 全国。";
          case "catalogued" -> "“仅目录指标”应为 true 或 false。";
          default -> "页码应为正整数。";
        };
    model.addAttribute("title", "查询条件有误");
    model.addAttribute("message", message);
    return "problem";
  }
}
