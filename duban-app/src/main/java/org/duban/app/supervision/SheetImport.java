package org.duban.app.supervision;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.duban.app.audit.Actor;
import org.duban.app.department.DepartmentDirectory;
import org.duban.app.department.UnitNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a task-division sheet (分工方案: 序号, 任务内容, 牵头单位, 配合单位, 完成时限) into items. The header row is
 * found by its words, anywhere in the first rows; every row is checked before any item is stored,
 * so a sheet with one bad row stores nothing.
 */
@Component
class SheetImport {

  private static final String[] COLUMNS = {"序号", "任务内容", "牵头单位", "配合单位", "完成时限"};
  private static final int MAX_ROWS = 2000;

  private final ItemService items;
  private final DepartmentDirectory directory;
  private final TransactionTemplate transaction;

  SheetImport(ItemService items, DepartmentDirectory directory, TransactionTemplate transaction) {
    this.items = items;
    this.directory = directory;
    this.transaction = transaction;
  }

  /** One task row as read. */
  record Line(
      int row,
      String number,
      String text,
      List<String> lead,
      List<String> supporting,
      LocalDate due) {}

  List<Item> load(byte[] bytes, String fileName, int year, Actor actor) {
    List<Line> lines = read(bytes, fileName, year);
    return transaction.execute(
        status -> {
          List<Item> created = new ArrayList<>();
          for (Line line : lines) {
            List<ItemUnit> units = new ArrayList<>();
            for (String unit : line.lead()) {
              units.add(
                  new ItemUnit(
                      unit,
                      directory.resolveOrPropose(unit, actor).map(d -> d.id()).orElse(null),
                      true));
            }
            for (String unit : line.supporting()) {
              units.add(
                  new ItemUnit(
                      unit,
                      directory.resolveOrPropose(unit, actor).map(d -> d.id()).orElse(null),
                      false));
            }
            created.add(
                items.insert(
                    new NewItem(
                        null,
                        Origin.IMPORT,
                        new ItemSource(null, null, line.number(), null, null),
                        ItemService.clipTitle(leadSentence(line.text())),
                        line.text(),
                        line.due(),
                        units,
                        List.of(),
                        List.of()),
                    actor));
          }
          return created;
        });
  }

  static List<Line> read(byte[] bytes, String fileName, int year) {
    Workbook book;
    try {
      book = WorkbookFactory.create(new ByteArrayInputStream(bytes));
    } catch (IOException | RuntimeException e) {
      throw ActionRefused.invalid("「" + fileName + "」不是可读的 Excel 文件（.xlsx 或 .xls）；未导入任何事项");
    }
    try (book) {
      Sheet sheet = book.getSheetAt(0);
      DataFormatter format = new DataFormatter();
      Map<String, Integer> column = null;
      int headerRow = -1;
      for (int r = sheet.getFirstRowNum();
          r <= Math.min(sheet.getLastRowNum(), 10) && column == null;
          r++) {
        Row row = sheet.getRow(r);
        if (row == null) {
          continue;
        }
        Map<String, Integer> found = new HashMap<>();
        for (Cell cell : row) {
          String v = format.formatCellValue(cell).replaceAll("\\s", "");
          for (String name : COLUMNS) {
            if (v.equals(name)
                || (name.equals("任务内容") && v.equals("工作任务"))
                || (name.equals("完成时限") && v.equals("完成时间"))) {
              found.put(name, cell.getColumnIndex());
            }
          }
        }
        if (found.containsKey("任务内容") && found.containsKey("牵头单位")) {
          column = found;
          headerRow = r;
        }
      }
      if (column == null) {
        throw ActionRefused.invalid(
            "「"
                + fileName
                + "」的第一张表前 10 行里没有表头「任务内容」和「牵头单位」；分工方案须有列 序号、任务内容、牵头单位、配合单位、完成时限；未导入任何事项");
      }
      List<Line> lines = new ArrayList<>();
      List<String> problems = new ArrayList<>();
      for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        String text = cell(row, column.get("任务内容"), format);
        if (text.isEmpty()) {
          continue;
        }
        if (lines.size() >= MAX_ROWS) {
          throw ActionRefused.invalid("一次最多导入 " + MAX_ROWS + " 项任务；未导入任何事项");
        }
        int shown = r + 1;
        List<String> lead = UnitNames.split(cell(row, column.get("牵头单位"), format));
        if (lead.isEmpty()) {
          problems.add("第 " + shown + " 行没有牵头单位");
        }
        LocalDate due = due(row, column.get("完成时限"), format, text, year);
        if (due == null) {
          problems.add(
              "第 "
                  + shown
                  + " 行的完成时限「"
                  + cell(row, column.get("完成时限"), format)
                  + "」读不出日期（可写 2024-06-30、6月底前、年底前）");
        }
        lines.add(
            new Line(
                shown,
                cell(row, column.get("序号"), format),
                text,
                lead,
                UnitNames.split(cell(row, column.get("配合单位"), format)),
                due));
      }
      if (!problems.isEmpty()) {
        throw ActionRefused.invalid(String.join("；", problems) + "；未导入任何事项");
      }
      if (lines.isEmpty()) {
        throw ActionRefused.invalid("「" + fileName + "」表头下没有任务；未导入任何事项");
      }
      return lines;
    } catch (IOException e) {
      throw ActionRefused.invalid("「" + fileName + "」读取失败：" + e.getMessage());
    }
  }

  private static LocalDate due(
      Row row, Integer column, DataFormatter format, String text, int year) {
    if (column != null && row != null) {
      Cell cell = row.getCell(column);
      if (cell != null
          && cell.getCellType() == CellType.NUMERIC
          && DateUtil.isCellDateFormatted(cell)) {
        return cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
      }
      String written = cell(row, column, format);
      if (!written.isEmpty()) {
        try {
          return LocalDate.parse(
              written.replace('/', '-').replace('.', '-'),
              java.time.format.DateTimeFormatter.ofPattern("uuuu-M-d"));
        } catch (RuntimeException e) {
          return Deadlines.latest(written, year);
        }
      }
    }
    // No deadline column: the latest deadline the task writes, or the end of the year.
    LocalDate inText = Deadlines.latest(text, year);
    return inText != null ? inText : LocalDate.of(year, 12, 31);
  }

  private static String cell(Row row, Integer column, DataFormatter format) {
    if (row == null || column == null || row.getCell(column) == null) {
      return "";
    }
    return format.formatCellValue(row.getCell(column)).strip();
  }

  /** The task's first sentence, without its number: its title. */
  static String leadSentence(String text) {
    String s = text.strip().replaceFirst("^[（(]?[0-9一二三四五六七八九十]+[)）.、．]\\s*", "");
    int stop = s.indexOf('。');
    return stop > 0 && stop < 200
        ? s.substring(0, stop)
        : s.length() > 200 ? s.substring(0, 200) : s;
  }
}
