package org.duban.app.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The 考核 scores of the departments, as JSON and as Excel. */
@RestController
@RequestMapping("/api/supervision")
@Tag(name = "supervision")
final class ScoreController {

  private final ScoreService scores;
  private final ItemService items;
  private final Viewers viewers;

  ScoreController(ScoreService scores, ItemService items, Viewers viewers) {
    this.scores = scores;
    this.items = items;
    this.viewers = viewers;
  }

  @GetMapping("/scores")
  @Operation(
      summary =
          "Each department's record and score for a year as of a day; the rule in X-Score-Rule")
  ResponseEntity<List<DepartmentScore>> scores(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String asOf,
      Principal principal) {
    viewers.of(principal);
    LocalDate day = ItemQuery.parseDay(asOf, items.today());
    return ResponseEntity.ok()
        .header(
            "X-Score-Rule",
            java.net.URLEncoder.encode(scores.rule().describe(), StandardCharsets.UTF_8))
        .body(scores.scores(year != null ? year : day.getYear(), day));
  }

  @GetMapping("/scores.xlsx")
  @Operation(summary = "The same ranking as Excel")
  void export(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String asOf,
      Principal principal,
      HttpServletResponse response)
      throws IOException {
    viewers.of(principal);
    LocalDate day = ItemQuery.parseDay(asOf, items.today());
    int y = year != null ? year : day.getYear();
    response.setContentType(Workbooks.XLSX);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(y + "年度考核-" + day + ".xlsx", StandardCharsets.UTF_8)
            .build()
            .toString());
    Workbooks.scores(scores.scores(y, day), y + "年度考核（截至" + day + "）", response.getOutputStream());
  }
}
