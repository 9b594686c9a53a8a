package org.duban.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.duban.app.audit.Actor;
import org.duban.app.audit.AuditEvent;
import org.duban.app.audit.AuditLog;
import org.duban.app.audit.AuditOutcome;
import org.duban.app.audit.AuditQuery;
import org.duban.app.ledger.DemoLedgerTest;
import org.duban.app.ledger.LedgerHttp;
import org.duban.app.user.NewUser;
import org.duban.app.user.Role;
import org.duban.app.user.UserRepository;
import org.duban.app.user.UserService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The web security of the running ledger through HTTP, as an attacker and a script see it: CSRF,
 * login throttling, security headers, access to the audit trail by role, JSON error bodies (issue
 * 12).
 */
@DemoLedgerTest
class WebSecurityHttpTest {

  private static final String PASSWORD = "security-test-secret";
  private static final String SUPERVISOR = "sec-test-supervisor";
  private static final String LEADER = "sec-test-leader";
  private static final String UNIT = "sec-test-unit";
  private static final String VICTIM = "sec-test-victim";

  /** A small text of its own for each test, so that no upload meets an earlier one's hash. */
  private static byte[] text(String test) {
    return ("2024年测试区工作简报（" + test + "）\n全年新建养老床位120张，比上年增长8%。\n").getBytes(StandardCharsets.UTF_8);
  }

  @LocalServerPort int port;
  @Autowired UserService service;
  @Autowired UserRepository users;
  @Autowired LoginThrottle throttle;
  @Autowired AuditLog audit;
  @Autowired MultipartProperties multipart;

  private final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void usersAndAFreshThrottle() {
    add(SUPERVISOR, Role.SUPERVISOR, null);
    add(LEADER, Role.LEADER, null);
    add(UNIT, Role.DEPARTMENT, "区测试局");
    add(VICTIM, Role.SUPERVISOR, null);
    throttle.reset();
  }

  @AfterEach
  void forgetTheFailures() {
    // The tests share one application: a lock on 127.0.0.1 would refuse every later login.
    throttle.reset();
  }

  private void add(String name, Role role, String department) {
    if (users.findByName(name).isEmpty()) {
      service.add(new NewUser(name, role, department, null, PASSWORD), Actor.system("test"));
    }
  }

  private LedgerHttp basic(String user) {
    return LedgerHttp.basic(port, user, PASSWORD);
  }

  private JsonNode errorBody(HttpResponse<String> response) throws Exception {
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .startsWith("application/json");
    JsonNode body = json.readTree(response.body());
    List<String> fields = new ArrayList<>();
    body.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("status", "error", "message", "path");
    assertThat(body.get("status").asInt()).isEqualTo(response.statusCode());
    assertThat(body.get("message").asText()).isNotBlank();
    return body;
  }

  private List<Long> uploadedIds(HttpResponse<String> response) throws Exception {
    List<Long> ids = new ArrayList<>();
    for (JsonNode file : json.readTree(response.body()).get("files")) {
      file.get("documentIds").forEach(id -> ids.add(id.asLong()));
    }
    return ids;
  }

  private void deleteAsScript(List<Long> ids) {
    for (long id : ids) {
      assertThat(basic(SUPERVISOR).delete("/api/documents/" + id, Map.of()).statusCode())
          .isEqualTo(204);
    }
  }

  // --- CSRF -------------------------------------------------------------------------------

  @Test
  void aLoggedInSessionPostingFromAnotherSiteIsRefusedAndRecorded() throws Exception {
    LedgerHttp session = LedgerHttp.loggedIn(port, SUPERVISOR, PASSWORD);

    HttpResponse<String> crossSite =
        session.upload(
            "/api/documents",
            "csrf-probe.txt",
            text("cross-site"),
            Map.of("Origin", "http://evil.example"));

    assertThat(crossSite.statusCode()).isEqualTo(403);
    assertThat(errorBody(crossSite).get("message").asText()).contains("CSRF token");
    assertThat(
            session
                .upload("/api/documents", "csrf-probe.txt", text("cross-site"), Map.of())
                .statusCode())
        .as("the same session without a token and without Origin")
        .isEqualTo(403);
    assertThat(session.delete("/api/documents/1", Map.of("Origin", "http://evil.example")))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(403);
    assertThat(LedgerHttp.anonymous(port).get("/api/documents/1").statusCode())
        .as("nothing was deleted")
        .isEqualTo(200);
    AuditEvent refusal = audit.find(query(SUPERVISOR, "ACCESS", AuditOutcome.REFUSED), 1, 0).get(0);
    assertThat(refusal.detail()).contains("CSRF").contains("/api/documents");
    assertThat(refusal.clientAddress()).isEqualTo("127.0.0.1");
  }

  @Test
  void theSessionWithItsPageTokenMayUploadLikeThePagesDo() throws Exception {
    LedgerHttp session = LedgerHttp.loggedIn(port, SUPERVISOR, PASSWORD);
    String token = session.pageToken();

    HttpResponse<String> upload =
        session.upload(
            "/api/documents", "csrf-token.txt", text("token"), Map.of("X-CSRF-TOKEN", token));

    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
    List<Long> ids = uploadedIds(upload);
    assertThat(ids).hasSize(1);
    assertThat(
            session
                .delete("/api/documents/" + ids.get(0), Map.of("X-CSRF-TOKEN", token))
                .statusCode())
        .isEqualTo(204);
  }

  @Test
  void scriptsWithHttpBasicNeedNoTokenButNotFromAnotherSite() throws Exception {
    HttpResponse<String> upload =
        basic(SUPERVISOR).upload("/api/documents", "basic-script.txt", text("basic"), Map.of());
    assertThat(upload.statusCode()).as(upload.body()).isEqualTo(200);
    deleteAsScript(uploadedIds(upload));

    // A browser that remembers Basic credentials sends them with another site's form too.
    HttpResponse<String> remembered =
        basic(SUPERVISOR)
            .upload(
                "/api/documents",
                "basic-script.txt",
                text("remembered"),
                Map.of("Origin", "http://evil.example", "Sec-Fetch-Site", "cross-site"));
    assertThat(remembered.statusCode()).isEqualTo(403);
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() {
    HttpResponse<String> login = LedgerHttp.browser(port).get("/login");
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("JSESSIONID").contains("HttpOnly").contains("SameSite=Lax");
  }

  // --- Throttling ---------------------------------------------------------------------------

  @Test
  void twentyFiveWrongPasswordsEndIn429AndTheRightOneIsRefusedWhileLocked() throws Exception {
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      statuses.add(
          LedgerHttp.basic(port, VICTIM, "wrong-" + i)
              .delete("/api/documents/999999", Map.of())
              .statusCode());
    }

    assertThat(statuses.subList(0, 10)).containsOnly(401);
    assertThat(statuses.subList(10, 25)).containsOnly(429);
    HttpResponse<String> right = basic(VICTIM).delete("/api/documents/999999", Map.of());
    assertThat(right.statusCode()).isEqualTo(429);
    assertThat(right.headers().firstValue("Retry-After")).isPresent();
    assertThat(errorBody(right).get("message").asText()).contains("too many failed logins");

    List<AuditEvent> refused = audit.find(query(VICTIM, "LOGIN", AuditOutcome.REFUSED), 100, 0);
    assertThat(refused).hasSizeGreaterThanOrEqualTo(10);
    assertThat(refused).allSatisfy(e -> assertThat(e.clientAddress()).isEqualTo("127.0.0.1"));
    assertThat(refused).anySatisfy(e -> assertThat(e.detail()).contains("用户名或密码错误"));
    assertThat(refused).anySatisfy(e -> assertThat(e.detail()).contains("已锁定"));
    assertThat(audit.find(query(VICTIM, "LOGIN_LOCKED", null), 10, 0))
        .extracting(AuditEvent::detail)
        .anySatisfy(d -> assertThat(d).contains("用户 " + VICTIM))
        .anySatisfy(d -> assertThat(d).contains("地址 127.0.0.1"));
  }

  @Test
  void theLoginFormIsThrottledTooAndSaysSoInChinese() {
    LedgerHttp browser = LedgerHttp.browser(port);
    for (int i = 0; i < 10; i++) {
      HttpResponse<String> wrong = browser.login(VICTIM, "wrong-" + i);
      assertThat(wrong.statusCode()).isEqualTo(302);
      assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    HttpResponse<String> right = browser.login(VICTIM, PASSWORD);

    assertThat(right.statusCode()).isEqualTo(429);
    assertThat(right.body()).contains("登录失败次数过多").contains("锁定 10 分钟");
    assertThat(browser.get("/login?error").body()).contains("用户名或密码错误");
  }

  @Test
  void anAddressThatFailedTenTimesIsLockedForEveryUser() {
    for (int i = 0; i < 10; i++) {
      LedgerHttp.basic(port, "no-such-user-" + i, "guess").get("/api/audit");
    }
    assertThat(basic(LEADER).get("/api/audit").statusCode()).isEqualTo(429);
    throttle.reset();
    assertThat(basic(LEADER).get("/api/audit").statusCode()).isEqualTo(200);
  }

  @Test
  void aFormLoginAndItsLogoutAreRecordedWithTheAddress() {
    LedgerHttp session = LedgerHttp.loggedIn(port, LEADER, PASSWORD);
    String token = LedgerHttp.formToken(session.get("/").body());
    HttpResponse<String> logout =
        session.postForm("/logout", Map.of("_csrf", token), Map.of("Accept", "text/html"));
    assertThat(logout.statusCode()).isEqualTo(302);

    List<AuditEvent> logins = audit.find(query(LEADER, "LOGIN", AuditOutcome.SUCCESS), 1, 0);
    assertThat(logins)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.clientAddress()).isEqualTo("127.0.0.1");
              assertThat(e.channel().name()).isEqualTo("PAGE");
              assertThat(e.detail()).contains("领导");
            });
    assertThat(audit.find(query(LEADER, "LOGOUT", null), 1, 0)).hasSize(1);
  }

  // --- Headers ------------------------------------------------------------------------------

  @Test
  void pagesAndApiAnswersCarryContentSecurityPolicyAndReferrerPolicy() {
    LedgerHttp anonymous = LedgerHttp.anonymous(port);
    for (String path : List.of("/", "/documents", "/search?q=x", "/login", "/api/documents")) {
      HttpResponse<String> response = anonymous.get(path);
      String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(policy)
          .as(path)
          .contains("default-src 'self'")
          .contains("script-src 'self'")
          .contains("frame-ancestors 'none'")
          .doesNotContain("unsafe-inline")
          .doesNotContain("unsafe-eval");
      assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
    }
    assertThat(anonymous.get("/").body())
        .as("no inline script on the pages")
        .doesNotContainPattern("<script(?![^>]*\\bsrc=)(?![^>]*application/json)[^>]*>");
  }

  // --- Access to the audit trail --------------------------------------------------------------

  @Test
  void theAuditTrailIsForTheRolesThatSupervise() throws Exception {
    LedgerHttp anonymous = LedgerHttp.anonymous(port);
    assertThat(errorBody(anonymous.get("/api/audit")).get("status").asInt()).isEqualTo(401);
    assertThat(anonymous.get("/api/audit.csv").statusCode()).isEqualTo(401);
    assertThat(anonymous.get("/audit").statusCode()).isEqualTo(302);

    HttpResponse<String> unit = basic(UNIT).get("/api/audit");
    assertThat(errorBody(unit).get("status").asInt()).isEqualTo(403);
    HttpResponse<String> unitPage = LedgerHttp.loggedIn(port, UNIT, PASSWORD).get("/audit");
    assertThat(unitPage.statusCode()).isEqualTo(403);
    assertThat(unitPage.body()).contains("无权");

    for (String user : List.of(SUPERVISOR, LEADER)) {
      assertThat(basic(user).get("/api/audit").statusCode()).as(user).isEqualTo(200);
    }
    assertThat(LedgerHttp.basic(port, "admin", DemoLedgerTest.ADMIN_PASSWORD).get("/api/audit"))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(200);
    assertThat(audit.find(query(UNIT, "ACCESS", AuditOutcome.REFUSED), 10, 0))
        .anySatisfy(e -> assertThat(e.detail()).contains("/api/audit").contains("承办单位"));
  }

  @Test
  void theHeaderShowsWhoIsLoggedInWithTheirRoleAndTheAuditLinkOnlyForSupervisingRoles() {
    String anonymous = LedgerHttp.anonymous(port).get("/").body();
    assertThat(anonymous).contains("href=\"/login\"").doesNotContain("审计日志");

    String leader = LedgerHttp.loggedIn(port, LEADER, PASSWORD).get("/documents").body();
    assertThat(leader).contains(LEADER).contains("领导").contains("审计日志").contains("退出");

    String unit = LedgerHttp.loggedIn(port, UNIT, PASSWORD).get("/").body();
    assertThat(unit).contains("承办单位").doesNotContain("审计日志");
  }

  // --- JSON error bodies --------------------------------------------------------------------

  @Test
  void apiErrorsAreJsonBodiesThatSayWhatWasWrong() throws Exception {
    LedgerHttp anonymous = LedgerHttp.anonymous(port);

    HttpResponse<String> unauthorized = anonymous.delete("/api/documents/1", Map.of());
    assertThat(unauthorized.statusCode()).isEqualTo(401);
    errorBody(unauthorized);
    assertThat(unauthorized.headers().firstValue("WWW-Authenticate").orElse(""))
        .startsWith("Basic");

    HttpResponse<String> forbidden = basic(LEADER).delete("/api/documents/1", Map.of());
    assertThat(forbidden.statusCode()).isEqualTo(403);
    assertThat(errorBody(forbidden).get("message").asText()).contains("领导");

    HttpResponse<String> unknownPath = anonymous.get("/api/no-such-thing");
    assertThat(unknownPath.statusCode()).isEqualTo(404);
    assertThat(errorBody(unknownPath).get("path").asText()).isEqualTo("/api/no-such-thing");

    HttpResponse<String> unknownId =
        anonymous.get(
            "/api/documents/999999", Map.of("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
    assertThat(unknownId.statusCode()).isEqualTo(404);
    assertThat(errorBody(unknownId).get("message").asText()).contains("999999");

    long limit = multipart.getMaxFileSize().toBytes();
    String named = multipart.getMaxFileSize().toMegabytes() + " MB";
    HttpResponse<String> tooLarge =
        basic(SUPERVISOR)
            .upload("/api/documents", "large.txt", new byte[(int) limit + 1024], Map.of());
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(errorBody(tooLarge).get("message").asText()).contains(named);
    assertThat(audit.find(query(SUPERVISOR, "INGEST", AuditOutcome.REFUSED), 10, 0))
        .anySatisfy(e -> assertThat(e.detail()).contains(named));
  }

  @Test
  void aRefusedUploadIsRecordedWithItsReasonAndNoServerPath() throws Exception {
    HttpResponse<String> empty =
        basic(SUPERVISOR).upload("/api/documents", "empty-file.txt", new byte[0], Map.of());
    assertThat(empty.statusCode()).isEqualTo(200);
    assertThat(uploadedIds(empty)).isEmpty();

    AuditEvent refused = audit.find(query(SUPERVISOR, "INGEST", AuditOutcome.REFUSED), 1, 0).get(0);
    assertThat(refused.detail()).contains("empty-file.txt");
    assertThat(refused.channel().name()).isEqualTo("API");
  }

  @Test
  void pagesAnswerErrorsInChinese() {
    LedgerHttp anonymous = LedgerHttp.anonymous(port);
    HttpResponse<String> missing = anonymous.get("/no-such-page", Map.of("Accept", "text/html"));
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("未找到").contains("没有这个页面");

    HttpResponse<String> badId = anonymous.get("/documents/99999999999999999999");
    assertThat(badId.statusCode()).isEqualTo(400);
    assertThat(badId.body()).contains("查询条件有误").contains("id");
  }

  private static AuditQuery query(String actor, String action, AuditOutcome outcome) {
    return new AuditQuery(actor, action, null, null, null, null, outcome, null);
  }
}
