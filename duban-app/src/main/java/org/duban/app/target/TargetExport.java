package org.duban.app.target;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The targets table as an Excel workbook, 目标完成情况表, with Chinese headers and verdicts. */
final class TargetExport {

  static final String SHEET = "目标完成情况表";

  private record Column(String header, Function<TargetRow, Object> cell) {}

  private static final List<Column> COLUMNS =
      List.of(
          new Column("地区", TargetRow::region),
          new Column("时期", TargetRow::period),
          new Column("指标", TargetRow::indicator),
          new Column("规范指标", TargetRow::indicatorName),
          new Column("比较", r -> Written.measure(r.measure())),
          new Column("目标", r -> r.target().written()),
          new Column("目标值", r -> r.target().value()),
          new Column("目标上限", r -> r.target().high()),
          new Column("单位", r -> r.target().unit()),
          new Column("约束方向", r -> Written.sense(r.sense())),
          new Column("结果", r -> r.result() == null ? null : r.result().written()),
          new Column("结果值", r -> r.result() == null ? null : r.result().value()),
          new Column("判定", TargetRow::verdictLabel),
          new Column("目标文档", r -> r.target().doc()),
          new Column("目标位置", r -> r.target().start()),
          new Column("结果文档", r -> r.result() == null ? null : r.result().doc()),
          new Column("结果位置", r -> r.result() == null ? null : r.result().start()));

  private TargetExport() {}

  static String[] headers() {
    return COLUMNS.stream().map(Column::header).toArray(String[]::new);
  }

  static void xlsx(List<TargetRow> rows, OutputStream out) throws IOException {
    try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
      Sheet sheet = book.createSheet(SHEET);
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      for (int i = 0; i < COLUMNS.size(); i++) {
        Cell cell = header.createCell(i);
        cell.setCellValue(COLUMNS.get(i).header());
        cell.setCellStyle(bold);
      }
      sheet.createFreezePane(0, 1);
      int r = 1;
      for (TargetRow target : rows) {
        Row row = sheet.createRow(r++);
        for (int i = 0; i < COLUMNS.size(); i++) {
          Object v = COLUMNS.get(i).cell().apply(target);
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
