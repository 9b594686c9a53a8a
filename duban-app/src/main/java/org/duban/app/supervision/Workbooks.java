package org.duban.app.supervision;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the 督办台账 and the 考核 ranking as Excel sheets with Chinese headers. */
final class Workbooks {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private Workbooks() {}

  static final String[] ITEM_HEADERS = {
    "序号", "事项", "任务内容", "牵头单位", "配合单位", "待确认单位", "完成时限", "状态", "亮灯", "亮灯原因", "进度(%)", "最近反馈", "节点"
  };

  static void items(List<ItemView> items, String asOf, OutputStream out) throws IOException {
    write(
        "督办台账（" + asOf + "）",
        ITEM_HEADERS,
        items.stream()
            .map(
                i ->
                    new Object[] {
                      i.id(),
                      i.title(),
                      i.text(),
                      String.join("、", i.leadDepartments()),
                      String.join("、", i.supportingDepartments()),
                      String.join("、", i.unconfirmedUnits()),
                      i.dueDate().toString(),
                      i.statusLabel(),
                      i.lightLabel(),
                      String.join("；", i.lightReasons()),
                      i.progress(),
                      i.lastReportOn() == null ? "" : i.lastReportOn().toString(),
                      String.join(
                          "；",
                          i.milestones().stream()
                              .map(
                                  m ->
                                      m.date()
                                          + " "
                                          + m.description()
                                          + (m.completedOn() == null ? "" : "（已完成）"))
                              .toList())
                    })
            .toList(),
        out);
  }

  static final String[] SCORE_HEADERS = {
    "名次", "单位", "得分", "牵头事项", "配合事项", "按期办结", "逾期办结", "逾期未办结", "在办未到期", "按期反馈", "逾期反馈"
  };

  static void scores(List<DepartmentScore> scores, String title, OutputStream out)
      throws IOException {
    write(
        title,
        SCORE_HEADERS,
        scores.stream()
            .map(
                s ->
                    new Object[] {
                      s.rank(),
                      s.department(),
                      s.score(),
                      s.led(),
                      s.supported(),
                      s.doneOnTime(),
                      s.doneLate(),
                      s.overdue(),
                      s.open(),
                      s.reportsOnTime(),
                      s.reportsLate()
                    })
            .toList(),
        out);
  }

  private static void write(String name, String[] headers, List<Object[]> rows, OutputStream out)
      throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet(name.replaceAll("[\\\\/?*\\[\\]:]", "-"));
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      for (int i = 0; i < headers.length; i++) {
        Cell cell = header.createCell(i);
        cell.setCellValue(headers[i]);
        cell.setCellStyle(bold);
      }
      sheet.createFreezePane(0, 1);
      int r = 1;
      for (Object[] values : rows) {
        Row row = sheet.createRow(r++);
        for (int i = 0; i < values.length; i++) {
          Cell cell = row.createCell(i);
          if (values[i] instanceof Number n) {
            cell.setCellValue(n.doubleValue());
          } else if (values[i] != null) {
            cell.setCellValue(values[i].toString());
          }
        }
      }
      book.write(out);
    }
  }
}
