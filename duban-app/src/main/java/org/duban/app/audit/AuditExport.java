package org.duban.app.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.duban.app.web.SpreadsheetText;

/**
 * Writes the trail as CSV or as an Excel sheet for people: Chinese headers and names, local times,
 * and text that a spreadsheet would run as a formula neutralised.
 */
final class AuditExport {

  static final String[] HEADERS = {
    "编号", "时间", "用户", "渠道", "地址", "操作", "对象", "对象编号", "结果", "说明", "变更前", "变更后"
  };
  // Excel holds at most 32,767 characters in a cell.
  private static final int MAX_CELL = 32_767;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final ZoneId zone;

  AuditExport(ZoneId zone) {
    this.zone = zone;
  }

  /** The rows, fed one at a time to a writer. */
  interface Rows {
    void forEach(Consumer<AuditEvent> each);
  }

  Object[] row(AuditEvent e) {
    return new Object[] {
      e.id(),
      TIME.format(e.occurredAt().atZone(zone)),
      e.actor(),
      e.channel().label(),
      e.clientAddress(),
      AuditLabels.action(e.action()),
      AuditLabels.entity(e.entity()),
      e.entityId(),
      e.outcome().label(),
      e.detail(),
      e.before(),
      e.after()
    };
  }

  /** CSV in UTF-8 with a byte-order mark, so Excel opens the Chinese text correctly. */
  void csv(Rows rows, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(HEADERS).get().print(writer);
    rows.forEach(
        e -> {
          Object[] row = row(e);
          for (int i = 0; i < row.length; i++) {
            if (row[i] instanceof String s) {
              row[i] = SpreadsheetText.neutralise(s);
            }
          }
          try {
            printer.printRecord(row);
          } catch (IOException x) {
            throw new UncheckedIOException(x);
          }
        });
    printer.flush();
  }

  void xlsx(Rows rows, OutputStream out) throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
      Sheet sheet = book.createSheet("审计日志");
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      // Excel's own mark for "text, not a formula": the value stays as written.
      CellStyle asText = book.createCellStyle();
      asText.setQuotePrefixed(true);
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.length; i++) {
        Cell cell = header.createCell(i);
        cell.setCellValue(HEADERS[i]);
        cell.setCellStyle(bold);
      }
      sheet.createFreezePane(0, 1);
      int[] r = {1};
      rows.forEach(
          e -> {
            Row row = sheet.createRow(r[0]++);
            Object[] values = row(e);
            for (int i = 0; i < values.length; i++) {
              Object v = values[i];
              if (v == null) {
                continue;
              }
              Cell cell = row.createCell(i);
              if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
              } else {
                String text = v.toString();
                cell.setCellValue(
                    text.length() > MAX_CELL ? text.substring(0, MAX_CELL - 1) + "…" : text);
                if (SpreadsheetText.looksLikeFormula(text)) {
                  cell.setCellStyle(asText);
                }
              }
            }
          });
      book.write(out);
      book.dispose();
    }
  }
}
