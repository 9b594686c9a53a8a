package org.duban.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.app.ledger.DemoLedgerTest;
import org.duban.app.ledger.LedgerHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The audit trail through HTTP: filters, paging, exports, its page, no server paths (issue 12). */
@DemoLedgerTest
class AuditHttpTest {

  private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"点此\")";

  @LocalServerPort int port;
  @Autowired AuditLog audit;

  private final ObjectMapper json = new ObjectMapper();
  private String actor;

  /** A user of its own for each test, with a known history. */
  @BeforeEach
  void history() {
    actor = "audit-" + UUID.randomUUID().toString().substring(0, 8);
    Actor api = new Actor(actor, AuditChannel.API, "10.0.0.7");
    audit.record(AuditEntry.success(api, "INGEST", "source_file", 501L, "报告.txt (1 documents)"));
    audit.record(
        AuditEntry.refused(
            api,
            "INGEST",
            "source_file",
            null,
            "cannot read /srv/duban/uploads/密件.pdf: encrypted"));
    audit.record(AuditEntry.success(api, "DELETE", "document", 77L, FORMULA));
    audit.record(
        AuditEntry.success(api, "UPDATE", "item", 9L, "进度")
            .withStates("{\"file\":\"/home/ops/in/a.docx\"}", "{\"state\":\"DONE\"}"));
  }

  private LedgerHttp auditor() {
    return LedgerHttp.basic(port, "admin", DemoLedgerTest.ADMIN_PASSWORD);
  }

  private JsonNode list(String query) throws Exception {
    HttpResponse<String> response = auditor().get("/api/audit?actor=" + actor + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static List<String> actions(JsonNode events) {
    List<String> actions = new ArrayList<>();
    events.forEach(e -> actions.add(e.get("action").asText() + "/" + e.get("outcome").asText()));
    return actions;
  }

  @Test
  void filtersByActorActionObjectOutcomeAndTime() throws Exception {
    assertThat(actions(list("")))
        .containsExactly("UPDATE/SUCCESS", "DELETE/SUCCESS", "INGEST/REFUSED", "INGEST/SUCCESS");
    assertThat(actions(list("&action=ingest"))).containsExactly("INGEST/REFUSED", "INGEST/SUCCESS");
    assertThat(actions(list("&outcome=REFUSED"))).containsExactly("INGEST/REFUSED");
    assertThat(actions(list("&entity=document&entityId=77"))).containsExactly("DELETE/SUCCESS");
    assertThat(actions(list("&channel=CLI"))).isEmpty();

    String today = LocalDate.now().toString();
    String yesterday = LocalDate.now().minusDays(1).toString();
    assertThat(list("&from=" + today)).hasSize(4);
    assertThat(list("&to=" + today)).hasSize(4);
    assertThat(list("&to=" + yesterday)).isEmpty();
    assertThat(list("&from=" + LocalDate.now().plusDays(1))).isEmpty();
  }

  @Test
  void pagesThroughTheTrailWithTheTotalInAHeader() throws Exception {
    HttpResponse<String> first = auditor().get("/api/audit?actor=" + actor + "&limit=3");
    assertThat(first.headers().firstValue("X-Total-Count")).hasValue("4");
    assertThat(json.readTree(first.body())).hasSize(3);
    JsonNode rest = list("&limit=3&offset=3");
    assertThat(actions(rest)).containsExactly("INGEST/SUCCESS");
  }

  @Test
  void showsNoServerPathsOnlyFileNames() throws Exception {
    String all = list("").toString();
    assertThat(all).doesNotContain("/srv/").doesNotContain("/home/").doesNotContain("uploads");
    assertThat(all).contains("密件.pdf").contains("a.docx");
  }

  @Test
  void exportsCsvWithFormulasNeutralised() {
    HttpResponse<String> csv = auditor().get("/api/audit.csv?actor=" + actor);
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("audit.csv");
    String body = csv.body();
    assertThat(body).startsWith("\uFEFF编号,时间,用户");
    assertThat(body).contains("'=HYPERLINK(").doesNotContain(",=HYPERLINK(");
    assertThat(body).contains("删除").contains("拒绝").contains("接口").doesNotContain("/srv/");
  }

  @Test
  void exportsExcelWithFormulasAsText() throws Exception {
    HttpResponse<byte[]> xlsx =
        auditor().getBytes("/api/audit.xlsx?actor=" + actor + "&action=DELETE");
    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("操作");
      Row row = sheet.getRow(1);
      assertThat(row.getCell(5).getStringCellValue()).isEqualTo("删除");
      Cell detail = row.getCell(9);
      assertThat(detail.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
      assertThat(detail.getStringCellValue()).isEqualTo(FORMULA);
      assertThat(detail.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getLastRowNum()).isEqualTo(1);
    }
  }

  @Test
  void theAuditPageShowsTheTrailInChineseWithFiltersAndExports() {
    HttpResponse<String> page =
        auditor().get("/audit?actor=" + actor + "&outcome=REFUSED&action=INGEST");
    assertThat(page.statusCode()).isEqualTo(200);
    String html = page.body();
    assertThat(html).contains("审计日志").contains("共 1 条").contains("导入").contains("拒绝");
    assertThat(html).contains("密件.pdf").doesNotContain("/srv/");
    assertThat(html).containsPattern("<option value=\"INGEST\" selected=\"selected\">导入</option>");
    assertThat(html)
        .contains("/api/audit.csv?actor=" + actor + "&amp;action=INGEST&amp;outcome=REFUSED");
  }

  @Test
  void theAuditPageLinksToTheNextPage() {
    Actor many = new Actor(actor, AuditChannel.CLI, null);
    for (int i = 0; i < 55; i++) {
      audit.record(AuditEntry.success(many, "INGEST", "source_file", (long) i, "f" + i + ".txt"));
    }
    String first = auditor().get("/audit?actor=" + actor).body();
    assertThat(first).contains("共 59 条，第 1–50 条").contains("下一页").doesNotContain("上一页");
    String second = auditor().get("/audit?actor=" + actor + "&offset=50").body();
    assertThat(second).contains("第 51–59 条").contains("上一页").doesNotContain("下一页");
  }
}
