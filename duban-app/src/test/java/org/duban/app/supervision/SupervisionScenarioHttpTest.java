package org.duban.app.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.app.user.NewUser;
import org.duban.app.user.Role;
import org.duban.app.user.UserService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole 督办 story through the HTTP API on a fresh ledger, with two real documents of the shared
 * corpus: the 静安区 key-work arrangement (30 tasks without units) and the 安徽省 RCEP plan (tasks naming
 * their units). Skipped where the shared corpus is absent (issue 10).
 */
@SupervisionLedgerTest
class SupervisionScenarioHttpTest {

  private static final String JINGAN = "003_ef5b59306c658674.txt";
  private static final String ANHUI = "anhui_2022_zhengce_sandiyiqu-kaifang.txt";
  private static final String PW = SupervisionLedgerTest.PASSWORD;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired TestClock clock;
  @Autowired UserService users;

  private Http http;
  private final GreenMail mail = TestMailServer.server();

  @BeforeEach
  void freshLedger() throws Exception {
    SupervisionTables.clear(jdbc);
    mail.purgeEmailFromAllMailboxes();
    clock.set("2024-12-20T09:00");
    users.add(
        new NewUser("admin", Role.ADMIN, null, null, PW), org.duban.app.audit.Actor.system("test"));
    http = new Http(port, PW);
  }

  private void addUser(String name, String role, String department, String email) {
    Map<String, Object> user = new HashMap<>();
    user.put("username", name);
    user.put("role", role);
    user.put("department", department);
    user.put("email", email);
    user.put("password", PW);
    assertThat(http.post("/api/users", "admin", user).status()).isEqualTo(201);
  }

  private long upload(Path file) throws Exception {
    Http.Answer a =
        http.multipart(
            "/api/documents",
            "sup",
            Map.of(),
            List.of(
                new Http.FilePart(
                    "file", file.getFileName().toString(), Files.readAllBytes(file))));
    assertThat(a.status()).as(a.body()).isEqualTo(200);
    for (JsonNode d : http.get("/api/documents", null).json()) {
      if (d.get("source").asText().equals(file.getFileName().toString())) {
        return d.get("id").asLong();
      }
    }
    throw new AssertionError("not stored: " + file);
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(n -> list.add(n.asText()));
    return list;
  }

  private JsonNode items(String user, String query) {
    return http.get("/api/supervision/items" + query, user).json();
  }

  @Test
  void fromDocumentsToScoresEveryStepRecorded() throws Exception {
    Path shared = SharedCorpus.root().orElse(null);
    assumeTrue(shared != null, "needs the shared corpus beside the repository");
    // The first administrator exists; the office and the units are added.
    addUser("sup", "SUPERVISOR", null, "sup@test.example");
    addUser("boss", "LEADER", null, "boss@test.example");
    addUser("unit-a", "DEPARTMENT", "区发展改革委", "a@test.example");
    addUser("unit-b", "DEPARTMENT", "区商务委", "b@test.example");
    long jingan = upload(shared.resolve("corpus/samples/" + JINGAN));
    long anhui = upload(shared.resolve("corpus/extra/" + ANHUI));

    // 30 items from the key-work arrangement; asking again creates none.
    Http.Answer first = http.post("/api/supervision/items/from-document/" + jingan, "sup", "");
    assertThat(first.status()).isEqualTo(201);
    assertThat(first.json()).hasSize(30);
    assertThat(first.header("X-Created-Count")).isEqualTo("30");
    JsonNode one = first.json().get(0);
    assertThat(one.get("title").asText()).isEqualTo("全力推动区域经济稳中有进");
    assertThat(one.get("text").asText()).contains("地区生产总值增长5%");
    assertThat(one.get("documentId").asLong()).isEqualTo(jingan);
    assertThat(one.get("dueDate").asText()).isEqualTo("2024-12-31");
    assertThat(one.get("leadDepartments")).isEmpty();
    assertThat(one.get("status").asText()).isEqualTo("PENDING");
    assertThat(one.get("targets").size()).isPositive();
    Http.Answer again = http.post("/api/supervision/items/from-document/" + jingan, "sup", "");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.header("X-Created-Count")).isEqualTo("0");
    assertThat(again.json()).hasSize(30);

    // The RCEP plan's items carry the units their tasks name, lead and supporting.
    JsonNode rcep = http.post("/api/supervision/items/from-document/" + anhui, "sup", "").json();
    JsonNode tasks = http.get("/api/documents/" + anhui, null).json().get("tasks");
    assertThat(rcep).hasSize(tasks.size());
    for (int i = 0; i < rcep.size(); i++) {
      // Exactly the units the structure parser read from the task; a unit leading one part of a
      // task in parts is not also supporting it.
      JsonNode item = rcep.get(i);
      List<String> lead = strings(tasks.get(i).get("leadUnits"));
      assertThat(strings(item.get("leadDepartments"))).isEqualTo(lead);
      assertThat(strings(item.get("supportingDepartments")))
          .isEqualTo(
              strings(tasks.get(i).get("supportingUnits")).stream()
                  .filter(u -> !lead.contains(u))
                  .toList());
      strings(item.get("leadDepartments"))
          .forEach(unit -> assertThat(item.get("text").asText()).contains(unit));
    }
    assertThat(strings(rcep.get(1).get("leadDepartments"))).containsExactly("省商务厅");
    assertThat(strings(rcep.get(1).get("unconfirmedUnits"))).contains("省商务厅");

    // The office assigns the arrangement's items: 1-15 to 区发改委 (an alias), 16-30 to 区商务委.
    long fagai = departmentId("区发展改革委");
    assertThat(
            http.post(
                    "/api/supervision/departments/" + fagai + "/aliases",
                    "sup",
                    Map.of("name", "区发改委"))
                .status())
        .isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    first.json().forEach(n -> ids.add(n.get("id").asLong()));
    for (int i = 0; i < 30; i++) {
      Map<String, Object> patch =
          i < 15
              ? Map.of(
                  "leadDepartments",
                  List.of("区发改委"),
                  "supportingDepartments",
                  i == 0 ? List.of("区商务委") : List.of())
              : Map.of("leadDepartments", List.of("区商务委"));
      Http.Answer a = http.patch("/api/supervision/items/" + ids.get(i), "sup", patch);
      assertThat(a.status()).as(a.body()).isEqualTo(200);
    }
    assertThat(
            strings(
                http.get("/api/supervision/items/" + ids.get(0), "sup")
                    .json()
                    .get("leadDepartments")))
        .containsExactly("区发展改革委");
    assertThat(
            http.patch("/api/supervision/items/" + ids.get(0), "unit-a", Map.of("title", "改名"))
                .status())
        .isEqualTo(403);

    // A unit sees exactly its items, in the API and the pages, and nothing of another's.
    Set<Long> seenByA = new HashSet<>();
    items("unit-a", "").forEach(n -> seenByA.add(n.get("id").asLong()));
    assertThat(seenByA).isEqualTo(new HashSet<>(ids.subList(0, 15)));
    Set<Long> seenByB = new HashSet<>();
    items("unit-b", "").forEach(n -> seenByB.add(n.get("id").asLong()));
    Set<Long> expectedB = new HashSet<>(ids.subList(15, 30));
    expectedB.add(ids.get(0));
    assertThat(seenByB).isEqualTo(expectedB);
    long others = ids.get(20);
    String othersTitle =
        http.get("/api/supervision/items/" + others, "sup").json().get("title").asText();
    Http.Answer refused = http.get("/api/supervision/items/" + others, "unit-a");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.body()).doesNotContain(othersTitle);
    Http.Answer refusedPage = http.get("/supervision/items/" + others, "unit-a");
    assertThat(refusedPage.status()).isEqualTo(403);
    assertThat(refusedPage.body()).doesNotContain(othersTitle).contains("无权");
    assertThat(http.get("/supervision", "unit-a").body()).doesNotContain(othersTitle);
    for (String sub : List.of("/reports", "/reminders", "/timeline", "/actions")) {
      assertThat(http.get("/api/supervision/items/" + others + sub, "unit-a").status())
          .isEqualTo(403);
    }

    // A signs, reports with evidence, and asks to close item 1; a breaking file stores nothing.
    long item = ids.get(0);
    assertThat(act(item, "unit-a", "SIGN", null, null).status()).isEqualTo(200);
    Http.Answer bad =
        http.multipart(
            "/api/supervision/items/" + item + "/reports",
            "unit-a",
            Map.of("text", "进展", "progress", "50"),
            List.of(
                new Http.FilePart("evidence", "证明.pdf", "MZ\u0090\u0000 not a pdf".getBytes())));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().get("message").asText()).contains("证明.pdf").contains("未保存任何内容");
    assertThat(http.get("/api/supervision/items/" + item + "/reports", "unit-a").json()).isEmpty();
    Http.Answer report =
        http.multipart(
            "/api/supervision/items/" + item + "/reports",
            "unit-a",
            Map.of("text", "地区生产总值前三季度增长5.1%，全年目标可望完成。", "progress", "100", "figures", "增长5.1%"),
            List.of(
                new Http.FilePart(
                    "evidence",
                    "统计快报.pdf",
                    "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes())));
    assertThat(report.status()).as(report.body()).isEqualTo(201);
    assertThat(report.json().get("evidence").get(0).get("fileName").asText()).isEqualTo("统计快报.pdf");
    long evidence = report.json().get("evidence").get(0).get("id").asLong();
    assertThat(http.get("/api/supervision/evidence/" + evidence, "unit-a").status()).isEqualTo(200);
    assertThat(http.get("/api/supervision/evidence/" + evidence, "sup").status()).isEqualTo(200);
    Http.Answer asked = act(item, "unit-a", "REQUEST_COMPLETION", "目标已完成", null);
    assertThat(asked.json().get("status").asText()).isEqualTo("COMPLETION_REQUESTED");
    assertThat(act(item, "unit-a", "APPROVE_COMPLETION", null, null).status()).isEqualTo(403);

    // Lights: before the due date nothing of the arrangement is red; after it every open item is.
    assertThat(items("sup", "?asOf=2024-12-20"))
        .noneMatch(
            n ->
                n.get("dueDate").asText().equals("2024-12-31")
                    && n.get("light").asText().equals("RED"));
    JsonNode after = items("sup", "?asOf=2025-01-02&department=" + Http.encode("区发改委"));
    assertThat(after).hasSize(15);
    assertThat(after).allMatch(n -> n.get("light").asText().equals("RED"));
    JsonNode pendingLater = items("sup", "?asOf=2025-01-02&status=PENDING");
    assertThat(pendingLater).hasSize(29 + rcep.size());
    assertThat(pendingLater).allMatch(n -> n.get("light").asText().equals("RED"));

    // Reminders on 2025-01-02: one mail per unit with users, one to the leader; none the second
    // time.
    Http.Answer run = http.post("/api/supervision/reminders/run?asOf=2025-01-02", "sup", "");
    assertThat(run.status()).as(run.body()).isEqualTo(200);
    Map<String, Integer> perRecipient = perRecipient();
    assertThat(perRecipient)
        .containsEntry("a@test.example", 1)
        .containsEntry("b@test.example", 1)
        .containsEntry("boss@test.example", 1);
    assertThat(perRecipient).doesNotContainKey("sup@test.example");
    Http.Answer second = http.post("/api/supervision/reminders/run?asOf=2025-01-02", "sup", "");
    assertThat(second.json().get("reminded").asInt()).isZero();
    assertThat(perRecipient()).isEqualTo(perRecipient);
    assertThat(http.post("/api/supervision/reminders/run", "unit-a", "").status()).isEqualTo(403);
    JsonNode recorded =
        http.get("/api/supervision/items/" + ids.get(20) + "/reminders", "sup").json();
    assertThat(recorded).hasSize(1);
    assertThat(recorded.get(0).get("escalated").asBoolean()).isTrue();
    // The RCEP items' units are no departments yet: recorded, not sent, and said so.
    JsonNode unsent =
        http.get("/api/supervision/items/" + rcep.get(1).get("id").asLong() + "/reminders", "sup")
            .json();
    assertThat(unsent.get(0).get("delivered").asBoolean()).isFalse();

    // The office approves: the item is done.
    Http.Answer done = act(item, "sup", "APPROVE_COMPLETION", "佐证充分", null);
    assertThat(done.json().get("status").asText()).isEqualTo("DONE");
    assertThat(done.json().get("light").asText()).isEqualTo("DONE");

    // Scores for 2024 as of 2025-01-02: 区发展改革委 closed one on time, 14 overdue; 区商务委 15.
    JsonNode scores =
        http.get("/api/supervision/scores?year=2024&asOf=2025-01-02", "unit-b").json();
    JsonNode a = byDepartment(scores, "区发展改革委");
    JsonNode b = byDepartment(scores, "区商务委");
    assertThat(a.get("led").asInt()).isEqualTo(15);
    assertThat(a.get("doneOnTime").asInt()).isEqualTo(1);
    assertThat(a.get("overdue").asInt()).isEqualTo(14);
    assertThat(a.get("reportsOnTime").asInt()).isEqualTo(1);
    assertThat(a.get("score").asInt()).isEqualTo(100 - 14 * 5);
    assertThat(b.get("led").asInt()).isEqualTo(15);
    assertThat(b.get("supported").asInt()).isEqualTo(1);
    assertThat(b.get("overdue").asInt()).isEqualTo(15);
    assertThat(b.get("score").asInt()).isEqualTo(100 - 15 * 5);
    assertThat(a.get("rank").asInt()).isLessThan(b.get("rank").asInt());

    // Every step is in the audit log, and on the item's timeline.
    List<String> timeline = new ArrayList<>();
    http.get("/api/supervision/items/" + item + "/timeline", "unit-a")
        .json()
        .forEach(
            e ->
                timeline.add(
                    e.get("action").asText()
                        + "/"
                        + e.get("outcome").asText()
                        + "/"
                        + e.get("actor").asText()));
    assertThat(timeline)
        .containsSubsequence(
            "CREATE/SUCCESS/sup",
            "UPDATE/SUCCESS/sup",
            "SIGN/SUCCESS/unit-a",
            "REPORT/REFUSED/unit-a",
            "REPORT/SUCCESS/unit-a",
            "REQUEST_COMPLETION/SUCCESS/unit-a",
            "APPROVE_COMPLETION/REFUSED/unit-a",
            "REMIND/SUCCESS/sup",
            "APPROVE_COMPLETION/SUCCESS/sup");
    JsonNode approval = http.get("/api/supervision/items/" + item + "/timeline", "sup").json();
    JsonNode last = approval.get(approval.size() - 1);
    assertThat(last.get("before").asText()).contains("COMPLETION_REQUESTED");
    assertThat(last.get("after").asText()).contains("\"DONE\"");
    Set<String> logged = new HashSet<>();
    http.get("/api/audit?limit=1000", "sup")
        .json()
        .forEach(e -> logged.add(e.get("entity").asText() + ":" + e.get("action").asText()));
    assertThat(logged)
        .contains(
            "user:CREATE",
            "department:ADD_ALIAS",
            "unit:PROPOSE",
            "item:CREATE",
            "item:UPDATE",
            "item:REMIND");
  }

  private Http.Answer act(long item, String user, String action, String comment, String due) {
    Map<String, Object> body = new HashMap<>();
    body.put("action", action);
    body.put("comment", comment);
    body.put("dueDate", due);
    return http.post("/api/supervision/items/" + item + "/actions", user, body);
  }

  private long departmentId(String name) {
    for (JsonNode d : http.get("/api/supervision/departments", "sup").json()) {
      if (d.get("name").asText().equals(name)) {
        return d.get("id").asLong();
      }
    }
    throw new AssertionError("no department " + name);
  }

  private static JsonNode byDepartment(JsonNode scores, String name) {
    for (JsonNode s : scores) {
      if (s.get("department").asText().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no score for " + name);
  }

  private Map<String, Integer> perRecipient() throws Exception {
    Map<String, Integer> count = new HashMap<>();
    for (var m : mail.getReceivedMessages()) {
      for (var to : m.getAllRecipients()) {
        count.merge(to.toString(), 1, Integer::sum);
      }
    }
    return count;
  }
}
