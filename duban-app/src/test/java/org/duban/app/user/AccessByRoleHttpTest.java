package org.duban.app.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import org.duban.app.audit.Actor;
import org.duban.app.ledger.DemoLedgerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may change the published ledger, and that supervision needs a login (issue 10). */
@DemoLedgerTest
class AccessByRoleHttpTest {

  private static final String PASSWORD = "role-test-secret";

  @LocalServerPort int port;
  @Autowired UserService service;
  @Autowired UserRepository users;

  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void users() {
    add(new NewUser("role-test-supervisor", Role.SUPERVISOR, null, null, PASSWORD));
    add(new NewUser("role-test-leader", Role.LEADER, null, null, PASSWORD));
    add(new NewUser("role-test-unit", Role.DEPARTMENT, "区测试局", null, PASSWORD));
  }

  private void add(NewUser user) {
    if (users.findByName(user.username()).isEmpty()) {
      service.add(user, Actor.system("test"));
    }
  }

  private int send(String method, String path, String user) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .method(method, HttpRequest.BodyPublishers.noBody());
    if (user != null) {
      String credentials = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes());
      request.header("Authorization", "Basic " + credentials);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  @Test
  void onlyAdministratorsAndSupervisorsChangeThePublishedLedger() throws Exception {
    assertThat(send("DELETE", "/api/documents/999999", "role-test-supervisor")).isEqualTo(404);
    assertThat(send("DELETE", "/api/documents/999999", "role-test-leader")).isEqualTo(403);
    assertThat(send("DELETE", "/api/documents/999999", "role-test-unit")).isEqualTo(403);
    assertThat(send("DELETE", "/api/documents/999999", null)).isEqualTo(401);
  }

  @Test
  void theLedgerIsOpenToReadButSupervisionAndUsersNeedALogin() throws Exception {
    assertThat(send("GET", "/api/documents", null)).isEqualTo(200);
    assertThat(send("GET", "/api/supervision/items", null)).isEqualTo(401);
    assertThat(send("GET", "/api/users", "role-test-supervisor")).isEqualTo(403);
  }

  @Test
  void aWrongPasswordIsRefused() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents/999999"))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString("role-test-supervisor:wrong".getBytes()))
            .DELETE()
            .build();
    assertThat(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode())
        .isEqualTo(401);
  }
}
