package org.duban.app.fact;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.duban.app.label.Labels;
import org.duban.app.web.AnswerTooLargeException;
import org.duban.app.web.Paging;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The facts of the ledger as JSON, CSV and Excel, and the regions and indicators they cover. */
@RestController
@RequestMapping("/api")
@Tag(name = "facts", description = "Every quantitative fact of the stored documents")
final class FactController {

  /** Excel holds at most 1,048,576 rows in a sheet; this leaves room and bounds the work. */
  static final long MAX_XLSX = 1_000_000;

  /** A CSV export streams; this bounds one answer's time and size (about 200 bytes a row). */
  static final long MAX_CSV = 10_000_000;

  private static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final FactRepository facts;
  private final FactTable table;

  FactController(FactRepository facts, Labels labels) {
    this.facts = facts;
    this.table = new FactTable(labels);
  }

  @GetMapping("/facts")
  @Operation(
      summary = "Facts matching the filters, in the field names of the facts spec plus documentId",
      description = "The total number of matches is in the X-Total-Count header.")
  List<StoredFact> list(
      @ParameterObject FactQuery query,
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(defaultValue = "0") int offset,
      HttpServletResponse response) {
    FactFilter filter = query.toFilter();
    Paging.check(limit, offset, 10_000);
    response.setHeader("X-Total-Count", String.valueOf(facts.count(filter)));
    return facts.find(filter, limit, offset);
  }

  @GetMapping(value = "/facts.csv", produces = "text/csv")
  @Operation(summary = "The same facts as CSV (UTF-8), with Chinese column headers")
  void csv(@ParameterObject FactQuery query, HttpServletResponse response) throws IOException {
    FactFilter filter = query.toFilter();
    checkSize(filter, MAX_CSV, "CSV");
    attachment(response, "text/csv;charset=UTF-8", "facts.csv");
    try (FactExport.RowWriter writer = FactExport.csv(table, response.getOutputStream())) {
      facts.stream(filter, writer::write);
    }
  }

  @GetMapping("/facts.xlsx")
  @Operation(summary = "The same facts as an Excel workbook, with Chinese column headers")
  void xlsx(@ParameterObject FactQuery query, HttpServletResponse response) throws IOException {
    FactFilter filter = query.toFilter();
    checkSize(filter, MAX_XLSX, "Excel");
    attachment(response, XLSX.toString(), "facts.xlsx");
    try (FactExport.RowWriter writer = FactExport.xlsx(table, response.getOutputStream())) {
      facts.stream(filter, writer::write);
    }
  }

  /** An export holds every fact the filter matches, or is refused before it starts. */
  private void checkSize(FactFilter filter, long limit, String format) {
    long total = facts.count(filter);
    if (total > limit) {
      throw new AnswerTooLargeException(
          String.format(
              "the filter matches %,d facts, more than the %,d one %s export may hold; narrow the"
                  + " filter (region, indicator, period, modality, measure, document) and export"
                  + " the parts one by one",
              total, limit, format));
    }
  }

  @GetMapping("/regions")
  @Operation(summary = "The regions facts are about, with the number of facts of each")
  List<ValueCount> regions() {
    return facts.regions();
  }

  @GetMapping("/indicators")
  @Operation(summary = "The indicators facts measure, with the number of facts of each")
  List<ValueCount> indicators() {
    return facts.indicators();
  }

  private static void attachment(HttpServletResponse response, String type, String name) {
    response.setContentType(type);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(name).build().toString());
  }
}
