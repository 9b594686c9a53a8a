package org.duban.app.fact;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes facts as CSV or as an Excel sheet, with Chinese column headers, one row at a time as the
 * database hands them over.
 */
final class FactExport {

  /** Takes facts one by one; {@link #close()} finishes the file. */
  interface RowWriter extends AutoCloseable {
    void write(StoredFact fact);

    @Override
    void close() throws IOException;
  }

  private FactExport() {}

  /** CSV in UTF-8 with a byte-order mark, so Excel opens the Chinese text correctly. */
  static RowWriter csv(FactTable table, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(table.headers()).get().print(writer);
    return new RowWriter() {
      @Override
      public void write(StoredFact fact) {
        Object[] row = table.row(fact);
        for (int i = 0; i < row.length; i++) {
          row[i] = csvCell(row[i]);
        }
        try {
          printer.printRecord(row);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public void close() throws IOException {
        printer.flush();
      }
    };
  }

  /**
   * A cell as CSV text. Text that a spreadsheet would take for a formula (starting with =, +, -, @,
   * a tab or a carriage return: a file named {@code =HYPERLINK(…).txt}) gets a leading apostrophe,
   * which spreadsheets show as text; numbers are written plainly.
   */
  static Object csvCell(Object value) {
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (value instanceof String s && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return value;
  }

  /**
   * An Excel workbook written through POI's streaming API: only the last rows stay in memory. Text
   * goes into string cells, which Excel never evaluates as formulas.
   */
  static RowWriter xlsx(FactTable table, OutputStream out) {
    SXSSFWorkbook book = new SXSSFWorkbook(200);
    book.setCompressTempFiles(true);
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
    return new RowWriter() {
      private int r = 1;

      @Override
      public void write(StoredFact fact) {
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

      @Override
      public void close() throws IOException {
        try {
          book.write(out);
        } finally {
          book.dispose();
          book.close();
        }
      }
    };
  }
}
