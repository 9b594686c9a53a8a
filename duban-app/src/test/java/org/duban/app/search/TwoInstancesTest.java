package org.duban.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.duban.app.ledger.CliProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code duban serve} processes on one PostgreSQL database, each with its own search index:
 * both answer searches with documents uploaded through either, and a document removed through one
 * leaves the searches of both (issue 11). Runs on the database DUBAN_TEST_PG_URL names, in a schema
 * of its own; CI provides one, so there it must run.
 */
class TwoInstancesTest {

  private static final String PASSWORD = "two-instances-" + UUID.randomUUID();
  private static final Duration START = Duration.ofMinutes(4);
  private static final Duration FOLLOW = Duration.ofSeconds(60);
  private static final Pattern PORT =
      Pattern.compile("serving the ledger at http://localhost:(\\d+)/");

  @TempDir Path work;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private String url;
  private String user;
  private String password;
  private String schema;

  @BeforeEach
  void schemaOfItsOwn() throws Exception {
    url = System.getenv("DUBAN_TEST_PG_URL");
    if (url == null || !url.startsWith("jdbc:postgresql:")) {
      if (System.getenv("CI") != null) {
        fail("CI must provide PostgreSQL in DUBAN_TEST_PG_URL for the two-instance test");
      }
      Assumptions.abort("DUBAN_TEST_PG_URL names no PostgreSQL database");
    }
    user = System.getenv().getOrDefault("DUBAN_TEST_PG_USER", "postgres");
    password = System.getenv().getOrDefault("DUBAN_TEST_PG_PASSWORD", "");
    schema = "two_instances_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.createStatement().execute("create schema " + schema);
    }
  }

  @AfterEach
  void dropSchema() throws Exception {
    if (schema != null) {
      try (Connection c = DriverManager.getConnection(url, user, password)) {
        c.createStatement().execute("drop schema " + schema + " cascade");
      }
    }
  }

  @Test
  void bothInstancesFindDocumentsStoredAndRemovedThroughEither() throws Exception {
    String db = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    try (CliProcess a = serve("a", db);
        CliProcess b = serve("b", db)) {
      String first = base(a);
      String second = base(b);

      // Asked before anything is stored, so that the second instance holds the empty answer.
      assertThat(factCount(second)).isZero();
      long north = upload(first, "北岸.txt", "北岸区2024年政府工作报告\n全年新建蓝鲸码头3座，投资12.5亿元。\n");
      awaitFacts(second, n -> n > 0, "the facts stored through the first instance");
      upload(second, "南岸.txt", "南岸区2024年政府工作报告\n全年新建白鹭公园5个，面积40公顷。\n");

      awaitTotal(first, "白鹭公园", 1);
      awaitTotal(second, "蓝鲸码头", 1);
      awaitTotal(first, "蓝鲸码头", 1);
      awaitTotal(second, "白鹭公园", 1);
      long both = factCount(second);
      awaitFacts(first, n -> n == both, both + " facts, as the second instance answers");

      HttpResponse<String> deleted =
          http.send(
              auth(HttpRequest.newBuilder(URI.create(second + "api/documents/" + north)))
                  .DELETE()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(deleted.statusCode()).isEqualTo(204);
      awaitTotal(first, "蓝鲸码头", 0);
      awaitTotal(second, "蓝鲸码头", 0);
      awaitTotal(first, "白鹭公园", 1);
      awaitFacts(
          first, n -> n < both, "fewer facts once the document is deleted through the other");
    }
  }

  /** The number of facts an instance answers for, from {@code X-Total-Count}. */
  private long factCount(String base) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "api/facts")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Long.parseLong(response.headers().firstValue("X-Total-Count").orElseThrow());
  }

  private void awaitFacts(String base, java.util.function.LongPredicate wanted, String what)
      throws Exception {
    long end = System.nanoTime() + FOLLOW.toNanos();
    long count = -1;
    while (System.nanoTime() < end) {
      count = factCount(base);
      if (wanted.test(count)) {
        return;
      }
      Thread.sleep(200);
    }
    fail(base + " answers " + count + " facts, expected " + what);
  }

  private CliProcess serve(String name, String db) throws Exception {
    Path folder = work.resolve(name);
    return CliProcess.start(
        work.resolve(name + ".log"),
        Map.of("DUBAN_ADMIN_PASSWORD", PASSWORD, "DUBAN_DB_PASSWORD", password),
        "serve",
        "--db-url",
        db,
        "--db-user",
        user,
        "--data",
        folder.toString(),
        "--index",
        folder.resolve("index").toString(),
        "--port",
        "0");
  }

  private static String base(CliProcess server) throws InterruptedException {
    if (!server.awaitLine(l -> PORT.matcher(l).find(), START)) {
      fail("the server did not start:\n" + server.output());
    }
    Matcher m = PORT.matcher(server.output());
    assertThat(m.find()).isTrue();
    return "http://localhost:" + m.group(1) + "/";
  }

  private long upload(String base, String name, String text) throws Exception {
    String boundary = "----duban" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name
                + "\"\r\nContent-Type: text/plain\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(text.getBytes(StandardCharsets.UTF_8));
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        http.send(
            auth(HttpRequest.newBuilder(URI.create(base + "api/documents")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode file = json.readTree(response.body()).get("files").get(0);
    assertThat(file.get("outcome").asText()).as(response.body()).isEqualTo("ADDED");
    return file.get("documentIds").get(0).asLong();
  }

  private static HttpRequest.Builder auth(HttpRequest.Builder request) {
    String credentials =
        Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return request.header("Authorization", "Basic " + credentials);
  }

  private void awaitTotal(String base, String q, long expected) throws Exception {
    long end = System.nanoTime() + FOLLOW.toNanos();
    long total = -1;
    while (System.nanoTime() < end) {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(
                          base + "api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 200) {
        total = json.readTree(response.body()).get("total").asLong();
        if (total == expected) {
          return;
        }
      }
      Thread.sleep(200);
    }
    fail(base + " found " + total + " sentences with " + q + ", expected " + expected);
  }
}
