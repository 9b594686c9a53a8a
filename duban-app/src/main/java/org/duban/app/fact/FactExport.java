package org.duban.app.fact;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes facts as CSV or as an Excel sheet, with Chinese column headers. */
final class FactExport {

  private FactExport() {}

  /** CSV in UTF-8 with a byte-order mark, so Excel opens the Chinese text correctly. */
  static void csv(List<StoredFact> facts, FactTable table, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(table.headers()).get().print(writer);
    for (StoredFact fact : facts) {
      Object[] row = table.row(fact);
      for (int i = 0; i < row.length; i++) {
        if (row[i] instanceof BigDecimal d) {
          row[i] = d.toPlainString();
        }
      }
      printer.printRecord(row);
    }
    printer.flush();
  }

  static void xlsx(List<StoredFact> facts, FactTable table, OutputStream out) throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
      Sheet sheet = book.createSheet("事实");
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      String[] headers = table.headers();
      for (int i = 0; i < headers.length; i++) {
        Cell cell = header.createCell(i);
        cell.setCellValue(headers[i]);
        cell.setCellStyle(bold);
      }
      sheet.createFreezePane(0, 1);
      int r = 1;
      for (StoredFact fact : facts) {
        Row row = sheet.createRow(r++);
        Object[] values = table.row(fact);
        for (int i = 0; i < values.length; i++) {
          Object v = values[i];
          if (v == null) {
            continue;
          }
          Cell cell = row.createCell(i);
          if (v instanceof BigDecimal d) {
            cell.setCellValue(d.doubleValue());
          } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else {
            cell.setCellValue(v.toString());
          }
        }
      }
      book.write(out);
      book.dispose();
    }
  }
}
