package org.duban.app.target;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.duban.app.web.Paging;
import org.duban.core.fact.Modality;
import org.duban.core.target.Indicator;
import org.duban.core.target.IndicatorCatalogue;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Targets with their results and verdicts, series over the years, comparisons across places. */
@RestController
@RequestMapping("/api")
@Tag(name = "targets", description = "Targets linked to their results, with verdicts")
final class TargetController {

  static final int MAX_EXPORT = 100_000;
  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final TargetQueries targets;
  private final Charts charts;

  TargetController(TargetQueries targets, Charts charts) {
    this.targets = targets;
    this.charts = charts;
  }

  @GetMapping("/targets")
  @Operation(
      summary = "Targets with both facts, their documents and spans, the verdict and sense",
      description =
          "indicator takes a catalogue id, one of its names, or a part of a label outside the"
              + " catalogue; verdict is met, missed, no_result or pending. The total number of"
              + " matches is in the X-Total-Count header; 50 rows a page unless limit says otherwise.")
  List<TargetRow> list(
      @ParameterObject TargetQuery query,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(defaultValue = "0") int offset,
      HttpServletResponse response) {
    TargetQuery.Filter filter = query.toFilter();
    Paging.check(limit, offset, 10_000);
    response.setHeader("X-Total-Count", String.valueOf(targets.count(filter)));
    return targets.find(filter, limit, offset);
  }

  @GetMapping("/targets.xlsx")
  @Operation(summary = "The same targets as an Excel workbook (目标完成情况表), in Chinese")
  void xlsx(@ParameterObject TargetQuery query, HttpServletResponse response) throws IOException {
    List<TargetRow> rows = targets.find(query.toFilter(), MAX_EXPORT, 0);
    response.setContentType(XLSX);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename("目标完成情况表.xlsx", java.nio.charset.StandardCharsets.UTF_8)
            .build()
            .toString());
    TargetExport.xlsx(rows, response.getOutputStream());
  }

  @GetMapping("/targets/summary")
  @Operation(summary = "How many targets of each year have each verdict")
  Map<String, Map<String, Long>> summary() {
    return targets.verdictsByPeriod();
  }

  @GetMapping("/series")
  @Operation(
      summary = "Target and result of one indicator of one place, year by year",
      description =
          "indicator takes a catalogue id or any of its names; measure is VALUE (levels) or"
              + " CHANGE (changes), by default the level of a rate and the change of anything"
              + " else.")
  Series series(
      @RequestParam(required = false) String region,
      @RequestParam(required = false) String indicator,
      @RequestParam(required = false) String measure) {
    Indicator i = ChartQuery.indicator(indicator);
    return charts.series(ChartQuery.region(region), i, ChartQuery.measure(measure, i));
  }

  @GetMapping("/compare")
  @Operation(
      summary = "One value per place of one indicator for one period, with its fact and document",
      description =
          "indicator takes a catalogue id or any of its names; modality is TARGET by default;"
              + " without a period, the year for which most places have figures.")
  Comparison compare(
      @RequestParam(required = false) String indicator,
      @RequestParam(required = false) String measure,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String modality) {
    Indicator i = ChartQuery.indicator(indicator);
    Modality m = ChartQuery.modality(modality);
    String p = ChartQuery.period(period);
    if (p == null) {
      p = charts.busiestPeriod(i, m);
    }
    if (p == null) {
      return new Comparison(
          i.id(), i.name(), ChartQuery.measure(measure, i).name(), null, m.name(), List.of());
    }
    return charts.compare(i, ChartQuery.measure(measure, i), p, m);
  }

  @GetMapping("/catalogue")
  @Operation(summary = "The indicator catalogue: ids, names, aliases, kind and sense")
  List<Indicator> catalogue() {
    return IndicatorCatalogue.get().indicators();
  }
}
