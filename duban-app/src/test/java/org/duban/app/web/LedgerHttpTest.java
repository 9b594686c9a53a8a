package org.duban.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duban.app.ledger.DemoLedgerTest;
import org.duban.app.ledger.LedgerFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo ledger through HTTP, as a client and a browser see it. */
@DemoLedgerTest
class LedgerHttpTest {

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private JsonNode getJson(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void listsTheShippedSampleDocuments() throws Exception {
    JsonNode documents = getJson("/api/documents");

    List<String> titles = new ArrayList<>();
    documents.forEach(d -> titles.add(d.get("title").asText()));
    assertThat(titles)
        .hasSize(4)
        .anySatisfy(t -> assertThat(t).contains("2024年临江区政府工作报告"))
        .anySatisfy(t -> assertThat(t).contains("2025年临江区政府工作报告"))
        .anySatisfy(t -> assertThat(t).contains("清河区政府工作报告"))
        .anySatisfy(t -> assertThat(t).contains("重点工作安排"));
    assertThat(documents.get(0).fieldNames())
        .toIterable()
        .contains("id", "title", "type", "region", "year", "date", "factCount");
  }

  @Test
  void theDemosTargetsOf2024AreJudgedByThe2025Report() throws Exception {
    JsonNode rows = getJson("/api/targets?region=" + encode("临江区") + "&period=2024&limit=200");

    Map<String, Integer> verdicts = new TreeMap<>();
    rows.forEach(r -> verdicts.merge(r.get("verdict").asText(), 1, Integer::sum));
    assertThat(verdicts).containsKeys("met", "missed");
    JsonNode gdp = null;
    for (JsonNode r : rows) {
      if ("gdp".equals(r.path("indicatorId").asText())
          && "CHANGE".equals(r.get("measure").asText())) {
        gdp = r;
      }
    }
    assertThat(gdp).as("the GDP growth target of 2024").isNotNull();
    assertThat(gdp.get("result").get("text").asText()).isEqualTo("5.3%");
    assertThat(gdp.get("verdict").asText()).isEqualTo("met");
  }

  @Test
  void targetsComeFiftyToAPageWithTheTotalInAHeader() throws Exception {
    HttpResponse<String> page = get("/api/targets");

    long total = Long.parseLong(page.headers().firstValue("X-Total-Count").orElseThrow());
    assertThat(total).isGreaterThan(50);
    assertThat(json.readTree(page.body())).hasSize(50);
    assertThat(getJson("/api/targets?offset=50&limit=500")).hasSize((int) total - 50);
  }

  @Test
  void searchFindsTheReportsWithTheSentenceHighlighted() throws Exception {
    JsonNode result = getJson("/api/search?q=" + encode("地区生产总值"));

    assertThat(result.get("total").asInt()).isGreaterThanOrEqualTo(3);
    List<String> titles = new ArrayList<>();
    for (JsonNode hit : result.get("hits")) {
      titles.add(hit.get("title").asText());
      String snippet = hit.get("snippet").asText();
      assertThat(snippet).contains("<mark>地区生产总值</mark>");
      HttpResponse<String> text = get("/api/documents/" + hit.get("documentId").asLong() + "/text");
      int base = Integer.parseInt(text.headers().firstValue("X-Duban-Start").orElseThrow());
      String body = text.body();
      int from = body.offsetByCodePoints(0, hit.get("start").asInt() - base);
      int to = body.offsetByCodePoints(0, hit.get("end").asInt() - base);
      assertThat(body.substring(from, to))
          .isEqualTo(snippet.replace("<mark>", "").replace("</mark>", ""));
    }
    assertThat(titles)
        .anySatisfy(t -> assertThat(t).contains("临江区政府工作报告"))
        .anySatisfy(t -> assertThat(t).contains("清河区政府工作报告"));
  }

  @Test
  void everyFactSpanPointsAtItsTextInTheDocument() throws Exception {
    assumeTrue(LedgerFixtures.extractorFindsFacts(), "needs the real fact extractor (issue 3)");
    for (JsonNode document : getJson("/api/documents")) {
      long id = document.get("id").asLong();
      JsonNode detail = getJson("/api/documents/" + id);
      assertThat(detail.get("facts").size()).isEqualTo(document.get("factCount").asInt());
      String body = get("/api/documents/" + id + "/text").body();
      int base = detail.get("start").asInt();
      for (JsonNode fact : detail.get("facts")) {
        int from = body.offsetByCodePoints(0, fact.get("start").asInt() - base);
        int to = body.offsetByCodePoints(0, fact.get("end").asInt() - base);
        assertThat(body.substring(from, to)).isEqualTo(fact.get("text").asText());
      }
    }
  }

  @Test
  void theSampleReportsGdpIsAnActualValueFactOf2023() throws Exception {
    JsonNode facts =
        getJson(
            "/api/facts?modality=ACTUAL&period=2023&indicator="
                + encode("地区生产总值")
                + "&region="
                + encode("临江区"));

    assertThat(facts)
        .anySatisfy(
            f -> {
              assertThat(f.get("text").asText()).isEqualTo("1234.5亿元");
              assertThat(f.get("measure").asText()).isEqualTo("VALUE");
              assertThat(f.get("norm_value").asLong()).isEqualTo(123_450_000_000L);
              assertThat(f.get("norm_unit").asText()).isEqualTo("CNY");
            });
  }

  @Test
  void readingIsOpenButChangingNeedsAnAdministratorOrSupervisor() throws Exception {
    HttpRequest anonymous =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents/999999"))
            .DELETE()
            .build();
    assertThat(http.send(anonymous, HttpResponse.BodyHandlers.ofString()).statusCode())
        .isEqualTo(401);

    String credentials =
        Base64.getEncoder().encodeToString(("admin:" + DemoLedgerTest.ADMIN_PASSWORD).getBytes());
    HttpRequest editor =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/documents/999999"))
            .header("Authorization", "Basic " + credentials)
            .DELETE()
            .build();
    HttpResponse<String> response = http.send(editor, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("document 999999 does not exist");
  }

  @Test
  void describesTheApiWithOpenApi() throws Exception {
    JsonNode api = getJson("/v3/api-docs");

    assertThat(api.get("paths").fieldNames())
        .toIterable()
        .contains(
            "/api/documents",
            "/api/documents/{id}",
            "/api/documents/{id}/text",
            "/api/facts",
            "/api/facts.csv",
            "/api/facts.xlsx",
            "/api/search",
            "/api/regions",
            "/api/indicators");
    assertThat(get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
  }

  @Test
  void servesThePagesInChinese() throws Exception {
    long id = getJson("/api/documents").get(0).get("id").asLong();
    assertThat(get("/").body()).contains("台账总览");
    assertThat(get("/documents").body()).contains("临江区");
    assertThat(get("/documents/" + id).body()).contains("id=\"text\"");
    assertThat(get("/search?q=" + encode("养老床位")).body()).contains("<mark>养老床位</mark>");
    assertThat(get("/facts").body()).contains("导出 Excel");
    HttpResponse<String> missing = get("/documents/999999");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body()).contains("文档 999999 不在台账中");
    assertThat(get("/api/facts.csv").body()).startsWith("\uFEFF文档编号");
    HttpResponse<String> badFilter = get("/facts?modality=PLAN");
    assertThat(badFilter.statusCode()).isEqualTo(400);
    assertThat(badFilter.body()).contains("查询条件有误").contains("PLAN");
  }
}
