package org.duban.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Reading a 分工方案 sheet into item lines (issue 10). */
class SheetImportTest {

  private static byte[] sheet(String[]... rows) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("分工方案");
      sheet.createRow(0).createCell(0).setCellValue("2024年重点工作任务分工方案");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r + 2);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      book.write(out);
      return out.toByteArray();
    }
  }

  private static final String[] HEADER = {"序号", "任务内容", "牵头单位", "配合单位", "完成时限"};

  @Test
  void readsTheColumnsByTheirHeadersBelowATitle() throws IOException {
    byte[] bytes =
        sheet(
            HEADER,
            new String[] {"1", "建成社区食堂20家。新增床位300张。", "区民政局", "区卫健委、各街道", "6月底前"},
            new String[] {"2", "完成老旧小区改造。", "区房管局", "", "2024-11-15"},
            new String[] {"3", "推进数字化转型，三季度末前上线平台。", "区科委", "区经委", ""});

    List<SheetImport.Line> lines = SheetImport.read(bytes, "分工方案.xlsx", 2024);

    assertThat(lines).hasSize(3);
    assertThat(lines.get(0).lead()).containsExactly("区民政局");
    assertThat(lines.get(0).supporting()).containsExactly("区卫健委", "各街道");
    assertThat(lines.get(0).due()).isEqualTo(LocalDate.of(2024, 6, 30));
    assertThat(lines.get(1).due()).isEqualTo(LocalDate.of(2024, 11, 15));
    assertThat(lines.get(2).due()).isEqualTo(LocalDate.of(2024, 9, 30));
    assertThat(SheetImport.leadSentence("1.建成社区食堂20家。新增床位300张。")).isEqualTo("建成社区食堂20家");
  }

  @Test
  void aSheetWithABadRowIsRefusedWhole() throws IOException {
    byte[] bytes =
        sheet(
            HEADER,
            new String[] {"1", "建成社区食堂20家。", "区民政局", "", "6月底前"},
            new String[] {"2", "完成老旧小区改造。", "", "", "尽快"});
    assertThatThrownBy(() -> SheetImport.read(bytes, "分工方案.xlsx", 2024))
        .isInstanceOf(ActionRefused.class)
        .hasMessageContaining("第 5 行没有牵头单位")
        .hasMessageContaining("「尽快」读不出日期")
        .hasMessageContaining("未导入任何事项");
  }

  @Test
  void aFileThatIsNoSheetOrLacksTheHeadersIsRefused() throws IOException {
    assertThatThrownBy(() -> SheetImport.read("不是表格".getBytes(), "a.xlsx", 2024))
        .isInstanceOf(ActionRefused.class)
        .hasMessageContaining("不是可读的 Excel 文件");
    assertThatThrownBy(() -> SheetImport.read(sheet(new String[] {"编号", "内容"}), "b.xlsx", 2024))
        .isInstanceOf(ActionRefused.class)
        .hasMessageContaining("任务内容");
  }
}
