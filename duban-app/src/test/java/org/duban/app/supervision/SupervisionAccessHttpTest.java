package org.duban.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.app.ledger.DemoLedgerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Who may call which supervision endpoint, for every endpoint and role, on the demo ledger: a login
 * for everything, the office's work for the office, and a unit's liaison sees its own items only
 * and learns nothing of another's (issue 10).
 */
@DemoLedgerTest
class SupervisionAccessHttpTest {

  private static final String SUPERVISOR = "duchashi";
  private static final String LEADER = "lingdao";
  private static final String LEAD = "fagaiwei"; // 区发展改革委: leads item X
  private static final String SUPPORTING = "shangwuwei"; // 区商务委: supports X
  private static final String OTHER = "fangguanju"; // 区房管局: leads item Y, nothing of X

  @LocalServerPort int port;

  private Http demo;
  private Http admin;
  private Http anonymous;
  private long x;
  private String xTitle;
  private long y;
  private String yTitle;

  @BeforeEach
  void demoItems() {
    demo = new Http(port, DemoLedgerTest.DEMO_PASSWORD);
    admin = new Http(port, DemoLedgerTest.ADMIN_PASSWORD);
    anonymous = new Http(port, "");
    for (JsonNode item : demo.get("/api/supervision/items", SUPERVISOR).json()) {
      List<String> lead = Http.JSON.convertValue(item.get("leadDepartments"), List.class);
      if (item.get("parentId").isNull() && lead.equals(List.of("区发展改革委")) && x == 0) {
        x = item.get("id").asLong();
        xTitle = item.get("title").asText();
      }
      if (lead.equals(List.of("区房管局")) && y == 0) {
        y = item.get("id").asLong();
        yTitle = item.get("title").asText();
      }
    }
    assertThat(x).isPositive();
    assertThat(y).isPositive();
  }

  private int status(String method, String path, String user, Object body) {
    Http http = "admin".equals(user) ? admin : user == null ? anonymous : demo;
    String u = user;
    return switch (method) {
      case "GET" -> http.get(path, u).status();
      case "POST" -> http.post(path, u, body == null ? "{}" : body).status();
      case "PATCH" -> http.patch(path, u, body == null ? "{}" : body).status();
      case "DELETE" -> http.delete(path, u).status();
      default -> throw new IllegalArgumentException(method);
    };
  }

  private void expect(String method, String path, Object body, Map<String, Integer> byUser) {
    for (Map.Entry<String, Integer> e : byUser.entrySet()) {
      assertThat(status(method, path, e.getKey(), body))
          .as(method + " " + path + " as " + e.getKey())
          .isEqualTo(e.getValue());
    }
    // The API answers 401; a page sends the person to the login form.
    assertThat(status(method, path, null, body))
        .as(method + " " + path + " anonymously")
        .isEqualTo(path.startsWith("/api/") ? 401 : 302);
  }

  private static Map<String, Integer> all(int status) {
    return roles(status, status, status, status, status, status);
  }

  /** Expected statuses for admin, supervisor, leader, lead unit, supporting unit, other unit. */
  private static Map<String, Integer> roles(
      int admin, int supervisor, int leader, int lead, int supporting, int other) {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("admin", admin);
    m.put(SUPERVISOR, supervisor);
    m.put(LEADER, leader);
    m.put(LEAD, lead);
    m.put(SUPPORTING, supporting);
    m.put(OTHER, other);
    return m;
  }

  @Test
  void readingNeedsALoginAndAUnitReadsOnlyItsOwnItems() {
    expect("GET", "/api/supervision/items", null, all(200));
    expect("GET", "/api/supervision/items.xlsx", null, all(200));
    expect("GET", "/api/supervision/scores", null, all(200));
    expect("GET", "/api/supervision/scores.xlsx", null, all(200));
    expect("GET", "/api/supervision/departments", null, all(200));
    expect("GET", "/api/supervision/departments/proposals", null, all(200));
    for (String sub : List.of("", "/reports", "/reminders", "/timeline", "/actions", "/children")) {
      expect("GET", "/api/supervision/items/" + x + sub, null, roles(200, 200, 200, 200, 200, 403));
      expect("GET", "/api/supervision/items/" + y + sub, null, roles(200, 200, 200, 403, 403, 200));
    }
    expect("GET", "/api/supervision/items/999999", null, roles(404, 404, 404, 404, 404, 404));
  }

  @Test
  void aRefusedItemSaysNothingOfItself() {
    for (String path :
        List.of(
            "/api/supervision/items/" + x,
            "/api/supervision/items/" + x + "/reports",
            "/api/supervision/items/" + x + "/timeline",
            "/supervision/items/" + x)) {
      Http.Answer a = demo.get(path, OTHER);
      assertThat(a.status()).as(path).isEqualTo(403);
      assertThat(a.body()).as(path).doesNotContain(xTitle).doesNotContain("区发展改革委牵头");
    }
    Http.Answer act =
        demo.post("/api/supervision/items/" + x + "/actions", OTHER, Map.of("action", "SIGN"));
    assertThat(act.status()).isEqualTo(403);
    assertThat(act.body()).doesNotContain(xTitle);
    Http.Answer report =
        demo.post(
            "/api/supervision/items/" + x + "/reports",
            OTHER,
            Map.of("text", "进展", "progress", 10));
    assertThat(report.status()).isEqualTo(403);
    List<Long> seen = new java.util.ArrayList<>();
    demo.get("/api/supervision/items", OTHER).json().forEach(n -> seen.add(n.get("id").asLong()));
    assertThat(seen).contains(y).doesNotContain(x);
    assertThat(demo.get("/supervision", OTHER).body()).doesNotContain(xTitle).contains(yTitle);
    assertThat(demo.get("/supervision/mine", OTHER).body()).contains(yTitle).doesNotContain(xTitle);
    assertThat(demo.get("/api/supervision/items.xlsx", OTHER).status()).isEqualTo(200);
  }

  @Test
  void theOfficesWorkIsTheOffices() {
    Map<String, Integer> office = roles(404, 404, 403, 403, 403, 403);
    expect("POST", "/api/supervision/items/from-document/999999", "", office);
    expect("PATCH", "/api/supervision/items/999999", Map.of(), office);
    expect("POST", "/api/supervision/items/999999/split", Map.of(), office);
    expect(
        "POST", "/api/supervision/items", Map.of("title", ""), roles(400, 400, 403, 403, 403, 403));
    expect("PATCH", "/api/supervision/items/" + x, Map.of(), roles(200, 200, 403, 403, 403, 403));
    expect(
        "POST",
        "/api/supervision/departments",
        Map.of("name", ""),
        roles(400, 400, 403, 403, 403, 403));
    expect(
        "POST",
        "/api/supervision/departments/999999/aliases",
        Map.of("name", "某局"),
        roles(400, 400, 403, 403, 403, 403));
    expect(
        "POST",
        "/api/supervision/departments/proposals/999999/reject",
        "",
        roles(400, 400, 403, 403, 403, 403));
    expect(
        "POST",
        "/api/supervision/reminders/run?asOf=2020-01-01",
        "",
        roles(200, 200, 403, 403, 403, 403));
    assertThat(
            demo.multipart(
                    "/api/supervision/items/import",
                    LEAD,
                    Map.of(),
                    List.of(new Http.FilePart("file", "a.xlsx", new byte[] {1})))
                .status())
        .isEqualTo(403);
    assertThat(
            demo.multipart(
                    "/api/supervision/items/import",
                    SUPERVISOR,
                    Map.of(),
                    List.of(new Http.FilePart("file", "a.xlsx", new byte[] {1})))
                .status())
        .isEqualTo(400);
  }

  @Test
  void usersAreTheAdministratorsAlone() {
    expect("GET", "/api/users", null, roles(200, 403, 403, 403, 403, 403));
    expect("POST", "/api/users", Map.of("username", "x"), roles(400, 403, 403, 403, 403, 403));
    expect("GET", "/admin/users", null, roles(200, 403, 403, 403, 403, 403));
  }

  @Test
  void onlyTheStepsOfTheRoleAreAllowed() {
    List<String> forLead =
        Http.JSON.convertValue(
            demo.get("/api/supervision/items/" + x + "/actions", LEAD).json().findValues("action"),
            List.class);
    List<String> forSupporting =
        Http.JSON.convertValue(
            demo.get("/api/supervision/items/" + x + "/actions", SUPPORTING)
                .json()
                .findValues("action"),
            List.class);
    List<String> forLeader =
        Http.JSON.convertValue(
            demo.get("/api/supervision/items/" + x + "/actions", LEADER)
                .json()
                .findValues("action"),
            List.class);
    assertThat(forLead)
        .doesNotContain("APPROVE_COMPLETION", "RETURN", "APPROVE_EXTENSION", "REMIND");
    assertThat(forSupporting).isEmpty();
    assertThat(forLeader).isEmpty();
    assertThat(
            demo.post(
                    "/api/supervision/items/" + x + "/actions", LEADER, Map.of("action", "REMIND"))
                .status())
        .isEqualTo(403);
    assertThat(
            demo.post(
                    "/api/supervision/items/" + x + "/actions",
                    SUPPORTING,
                    Map.of("action", "REQUEST_COMPLETION"))
                .status())
        .isEqualTo(403);
    assertThat(
            demo.post(
                    "/api/supervision/items/" + x + "/actions",
                    SUPERVISOR,
                    Map.of("action", "SIGN"))
                .status())
        .isEqualTo(403);
    Http.Answer wrong =
        demo.post("/api/supervision/items/" + x + "/actions", SUPERVISOR, Map.of("action", "FLY"));
    assertThat(wrong.status()).isEqualTo(400);
    assertThat(wrong.json().get("message").asText()).contains("action");
  }

  @Test
  void withoutAnSmtpServerRemindersAreRecordedAndShownNotLost() {
    Http.Answer remind =
        demo.post(
            "/api/supervision/items/" + y + "/actions", SUPERVISOR, Map.of("action", "REMIND"));
    assertThat(remind.status()).isEqualTo(200);
    JsonNode reminders = demo.get("/api/supervision/items/" + y + "/reminders", SUPERVISOR).json();
    JsonNode last = reminders.get(reminders.size() - 1);
    assertThat(last.get("automatic").asBoolean()).isFalse();
    assertThat(last.get("delivered").asBoolean()).isFalse();
    assertThat(last.get("note").asText()).contains("未配置邮件服务器");
    assertThat(last.get("recipients").asText()).contains("fangguanju@linjiang.example");
    assertThat(demo.get("/supervision/items/" + y, OTHER).body())
        .contains("催办记录")
        .contains("未发送：未配置邮件服务器");
  }

  @Test
  void evidenceThatBreaksTheRulesIsRefusedAndNothingIsStored() {
    String reports = "/api/supervision/items/" + x + "/reports";
    int before = demo.get(reports, LEAD).json().size();
    Map<String, String> fields = Map.of("text", "进展", "progress", "40");
    List<Http.FilePart> six = new java.util.ArrayList<>();
    for (int i = 0; i < 6; i++) {
      six.add(new Http.FilePart("evidence", "说明" + i + ".txt", "说明文字".getBytes()));
    }
    assertRefused(demo.multipart(reports, LEAD, fields, six), "最多附 5 个");
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    byte[] pdf = "%PDF-1.4\n".getBytes();
    System.arraycopy(pdf, 0, big, 0, pdf.length);
    assertRefused(
        demo.multipart(
            reports, LEAD, fields, List.of(new Http.FilePart("evidence", "大文件.pdf", big))),
        "超过每个文件 10.0 MB");
    assertRefused(
        demo.multipart(
            reports,
            LEAD,
            fields,
            List.of(new Http.FilePart("evidence", "工具.exe", new byte[] {0x4d, 0x5a, 0, 0}))),
        "类型不在允许之列");
    assertRefused(
        demo.multipart(
            reports,
            LEAD,
            fields,
            List.of(
                new Http.FilePart("evidence", "照片.png", "这不是图片".getBytes()),
                new Http.FilePart("evidence", "说明.txt", "说明".getBytes()))),
        "「照片.png」的内容不是 .png");
    assertRefused(
        demo.multipart(reports, LEAD, Map.of("text", "进展", "progress", "120"), List.of()),
        "0 到 100");
    assertThat(demo.get(reports, LEAD).json()).hasSize(before);
  }

  private static void assertRefused(Http.Answer answer, String message) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().get("message").asText()).contains(message).contains("未保存任何内容");
  }

  @Test
  void theDemoShowsEveryLightAndState() {
    JsonNode all = demo.get("/api/supervision/items", SUPERVISOR).json();
    java.util.Set<String> lights = new java.util.HashSet<>();
    java.util.Set<String> states = new java.util.HashSet<>();
    all.forEach(
        n -> {
          lights.add(n.get("light").asText());
          states.add(n.get("status").asText());
        });
    assertThat(lights).contains("GREEN", "YELLOW", "RED", "DONE");
    assertThat(states).contains("PENDING", "IN_PROGRESS", "COMPLETION_REQUESTED", "DONE");
    JsonNode users = admin.get("/api/users", "admin").json();
    java.util.Set<String> roles = new java.util.HashSet<>();
    users.forEach(u -> roles.add(u.get("role").asText()));
    assertThat(roles).contains("ADMIN", "SUPERVISOR", "DEPARTMENT", "LEADER");
    assertThat(users.toString()).doesNotContain("password");
  }

  @Test
  void theExportHoldsWhatTheUserMaySee() throws Exception {
    Http.Answer sheet = demo.get("/api/supervision/items.xlsx", OTHER);
    assertThat(sheet.header("Content-Type")).contains("spreadsheetml");
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(sheet.raw().body()))) {
      var rows = book.getSheetAt(0);
      assertThat(rows.getRow(0).getCell(0).getStringCellValue()).isEqualTo("序号");
      assertThat(rows.getRow(0).getCell(3).getStringCellValue()).isEqualTo("牵头单位");
      int count = demo.get("/api/supervision/items", OTHER).json().size();
      assertThat(rows.getLastRowNum()).isEqualTo(count);
      for (int r = 1; r <= rows.getLastRowNum(); r++) {
        assertThat(rows.getRow(r).getCell(1).getStringCellValue()).isNotEqualTo(xTitle);
      }
    }
  }

  @Test
  void pagesNeedALoginAndSpeakChinese() {
    for (String page :
        List.of(
            "/supervision",
            "/supervision/mine",
            "/supervision/scores",
            "/supervision/departments",
            "/supervision/items/" + x)) {
      Http.Answer a = anonymous.get(page, null);
      assertThat(a.status()).as(page).isIn(302, 401);
      Http.Answer seen = demo.get(page, LEAD);
      assertThat(seen.status()).as(page).isEqualTo(200);
      String text =
          seen.body().replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]+>", " ");
      assertThat(text)
          .as(page)
          .doesNotContainPattern(
              "\\b(PENDING|IN_PROGRESS|COMPLETION_REQUESTED|GREEN|YELLOW|RED|DEPARTMENT|SUPERVISOR|LEADER)\\b");
    }
  }
}
