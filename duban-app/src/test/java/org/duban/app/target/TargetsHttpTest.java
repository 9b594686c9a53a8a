package org.duban.app.target;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.duban.app.ledger.DemoLedgerTest;
import org.duban.app.ledger.LedgerUploads;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Target tracking end to end: reports uploaded, then read back through the API and pages. */
@DemoLedgerTest
class TargetsHttpTest {

  private static final String PLACE = "南港区";

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private JsonNode getJson(String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return json.readTree(response.body());
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** The text of a document between two file offsets in code points. */
  private String textAt(long documentId, int start, int end) throws Exception {
    HttpResponse<byte[]> response = get("/api/documents/" + documentId + "/text");
    int base = Integer.parseInt(response.headers().firstValue("X-Duban-Start").orElseThrow());
    String body = new String(response.body(), StandardCharsets.UTF_8);
    int from = body.offsetByCodePoints(0, start - base);
    return body.substring(from, body.offsetByCodePoints(from, end - start));
  }

  @Test
  void tracksTargetsToResultsThroughTheApiAndThePages() throws Exception {
    LedgerUploads uploads = new LedgerUploads(port);
    List<Long> ids = uploads.upload(ComposedReports.series(PLACE));
    try {
      JsonNode rows = getJson("/api/targets?region=" + q(PLACE));
      JsonNode gdp = null;
      for (JsonNode r : rows) {
        if ("2024".equals(r.get("period").asText())
            && "gdp".equals(r.get("indicatorId").asText())) {
          gdp = r;
        }
        // Every figure's span holds its text, and its sentence holds the figure.
        for (String side : List.of("target", "result")) {
          JsonNode f = r.get(side);
          if (f.isNull()) {
            continue;
          }
          long doc = f.get("documentId").asLong();
          assertThat(textAt(doc, f.get("start").asInt(), f.get("end").asInt()))
              .isEqualTo(f.get("text").asText());
          assertThat(textAt(doc, f.get("sentenceStart").asInt(), f.get("sentenceEnd").asInt()))
              .contains(f.get("text").asText());
        }
      }
      assertThat(gdp).isNotNull();
      assertThat(gdp.get("verdict").asText()).isEqualTo("met");
      assertThat(gdp.get("verdictLabel").asText()).isEqualTo("达成");
      assertThat(gdp.get("sense").asText()).isEqualTo("floor");
      assertThat(gdp.get("target").get("written").asText()).isEqualTo("6%左右");
      assertThat(gdp.get("result").get("text").asText()).isEqualTo("5.8%");
      assertThat(gdp.get("result").get("doc").asText()).isEqualTo(PLACE + "-2025.txt");

      JsonNode met = getJson("/api/targets?region=" + q(PLACE) + "&verdict=" + q("达成"));
      assertThat(met).isNotEmpty().allMatch(r -> r.get("verdict").asText().equals("met"));
      JsonNode byAlias = getJson("/api/targets?region=" + q(PLACE) + "&indicator=" + q("经济增长"));
      assertThat(byAlias).hasSize(2).allMatch(r -> r.get("indicatorId").asText().equals("gdp"));
      HttpResponse<byte[]> bad = get("/api/targets?verdict=maybe");
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(new String(bad.body(), StandardCharsets.UTF_8)).contains("verdict");

      JsonNode series = getJson("/api/series?region=" + q(PLACE) + "&indicator=GDP");
      List<String> points = new ArrayList<>();
      series
          .get("points")
          .forEach(
              p ->
                  points.add(
                      p.get("period").asText()
                          + " "
                          + (p.get("target").isNull() ? "-" : p.get("target").get("text").asText())
                          + " "
                          + (p.get("actual").isNull()
                              ? "-"
                              : p.get("actual").get("text").asText())));
      assertThat(points).containsExactly("2023 - 5.6%", "2024 6% 5.8%", "2025 5.5% -");
      assertThat(get("/api/series?region=" + q(PLACE) + "&indicator=nothing").statusCode())
          .isEqualTo(400);

      JsonNode compared =
          getJson("/api/compare?indicator=" + q("生产总值") + "&period=2024&modality=actual");
      assertThat(compared.get("values"))
          .anySatisfy(
              v -> {
                assertThat(v.get("region").asText()).isEqualTo(PLACE);
                assertThat(v.get("figure").get("text").asText()).isEqualTo("5.8%");
              });

      HttpResponse<byte[]> xlsx = get("/api/targets.xlsx?region=" + q(PLACE));
      assertThat(xlsx.statusCode()).isEqualTo(200);
      try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
        Sheet sheet = book.getSheet("目标完成情况表");
        assertThat(sheet).isNotNull();
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        assertThat(headers).contains("地区", "指标", "目标", "结果", "判定");
        int verdictColumn = headers.indexOf("判定");
        List<String> verdicts = new ArrayList<>();
        for (Row row : sheet) {
          if (row.getRowNum() > 0) {
            verdicts.add(row.getCell(verdictColumn).getStringCellValue());
          }
        }
        assertThat(verdicts).hasSize(rows.size()).contains("达成", "未达成", "待报告");
        assertThat(verdicts).allMatch(v -> List.of("达成", "未达成", "无数据", "待报告").contains(v));
      }

      JsonNode facts = getJson("/api/facts?region=" + q(PLACE) + "&indicator=gdp");
      assertThat(facts).isNotEmpty().allMatch(f -> f.get("indicatorId").asText().equals("gdp"));

      HttpResponse<byte[]> page = get("/targets?region=" + q(PLACE));
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(new String(page.body(), StandardCharsets.UTF_8))
          .contains("目标完成情况", "达成", "6%左右", "5.8%");
      assertThat(get("/targets/series?region=" + q(PLACE) + "&indicator=gdp").statusCode())
          .isEqualTo(200);
      assertThat(get("/targets/compare?indicator=gdp&period=2024").statusCode()).isEqualTo(200);
      HttpResponse<byte[]> badPage = get("/targets?period=abc");
      assertThat(badPage.statusCode()).isEqualTo(400);
      assertThat(new String(badPage.body(), StandardCharsets.UTF_8)).contains("年份");
    } finally {
      uploads.delete(ids);
    }
    assertThat(getJson("/api/targets?region=" + q(PLACE))).isEmpty();
  }
}
