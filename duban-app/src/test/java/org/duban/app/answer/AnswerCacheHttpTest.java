package org.duban.app.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.duban.app.ledger.DemoLedgerTest;
import org.duban.app.ledger.LedgerUploads;
import org.duban.core.text.SourceText;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Repeated API answers through the whole server: the same bytes, secured, and never stale. */
@DemoLedgerTest
class AnswerCacheHttpTest {

  private static final String PLACE = "北塘区";

  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void aRepeatedAnswerIsTheSameAndCarriesTheSecurityHeaders() throws Exception {
    for (String path :
        List.of(
            "/api/facts?indicator=" + q("地区生产总值"), "/api/targets", "/api/search?q=" + q("生产总值"))) {
      HttpResponse<String> first = get(path);
      HttpResponse<String> again = get(path);

      assertThat(again.statusCode()).as(path).isEqualTo(200);
      assertThat(again.body()).as(path).isEqualTo(first.body()).isNotEmpty();
      assertThat(again.headers().firstValue("Content-Type")).contains("application/json");
      assertThat(again.headers().firstValue("X-Total-Count"))
          .isEqualTo(first.headers().firstValue("X-Total-Count"));
      assertThat(again.headers().firstValue("Content-Security-Policy").orElse(""))
          .contains("default-src 'self'");
      assertThat(again.headers().firstValue("X-Frame-Options")).contains("DENY");
      assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
    }
  }

  @Test
  void answersFollowUploadsAndDeletes() throws Exception {
    String facts = "/api/facts?region=" + q(PLACE);
    String targets = "/api/targets?region=" + q(PLACE);
    String search = "/api/search?q=" + q("公共文化设施") + "&region=" + q(PLACE);
    assertThat(get(facts).headers().firstValue("X-Total-Count")).contains("0");
    assertThat(get(targets).body()).isEqualTo("[]");
    assertThat(get(search).body()).contains("\"total\":0");

    LedgerUploads uploads = new LedgerUploads(port);
    List<Long> ids =
        uploads.upload(
            new SourceText(
                PLACE + "-2025.txt",
                "2025年"
                    + PLACE
                    + "政府工作报告\n\n一、2024年工作回顾\n过去一年，全区地区生产总值完成310.2亿元，同比增长5.1%。"
                    + "新建公共文化设施12处。\n\n二、2025年主要预期目标\n今年的主要预期目标是：地区生产总值增长5%左右。\n"));
    try {
      assertThat(get(facts).headers().firstValue("X-Total-Count").map(Integer::parseInt))
          .hasValueSatisfying(n -> assertThat(n).isPositive());
      assertThat(get(targets).body()).contains(PLACE);
      assertThat(get(search).body()).contains("<mark>").doesNotContain("\"total\":0");
    } finally {
      uploads.delete(ids);
    }
    assertThat(get(facts).headers().firstValue("X-Total-Count")).contains("0");
    assertThat(get(targets).body()).isEqualTo("[]");
    assertThat(get(search).body()).contains("\"total\":0");
  }
}
