package org.duban.app.answer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class AnswerCacheTest {

  private final AtomicLong ledger = new AtomicLong();
  private final AtomicLong index = new AtomicLong();
  private final AnswerCache cache = new AnswerCache(ledger::get, index::get);
  private final AtomicInteger calls = new AtomicInteger();

  /** What the application would answer: a page of JSON with its total, numbered by call. */
  private int status = 200;

  private String type = "application/json";
  private boolean cookie;

  private final FilterChain application =
      (request, response) -> {
        int call = calls.incrementAndGet();
        HttpServletResponse http = (HttpServletResponse) response;
        http.setStatus(status);
        http.setHeader("X-Total-Count", "7");
        if (cookie) {
          http.addHeader("Set-Cookie", "JSESSIONID=abc");
        }
        http.setContentType(type);
        http.getOutputStream()
            .write(("{\"call\":" + call + ",\"名\":\"长宁区\"}").getBytes(StandardCharsets.UTF_8));
      };

  private MockHttpServletResponse get(String path, String query) throws Exception {
    return send("GET", path, query, null);
  }

  private MockHttpServletResponse send(String method, String path, String query, String accept)
      throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setQueryString(query);
    if (accept != null) {
      request.addHeader("Accept", accept);
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    cache.doFilter(request, response, application);
    return response;
  }

  @Test
  void answersARepeatedQueryWithTheSameBytesAndHeadersWithoutAskingAgain() throws Exception {
    MockHttpServletResponse first = get("/api/facts", "indicator=GDP");
    MockHttpServletResponse second = get("/api/facts", "indicator=GDP");

    assertThat(calls).hasValue(1);
    assertThat(second.getStatus()).isEqualTo(200);
    assertThat(second.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
    assertThat(second.getContentAsString(StandardCharsets.UTF_8)).contains("\"call\":1", "长宁区");
    assertThat(second.getHeader("X-Total-Count")).isEqualTo("7");
    assertThat(second.getContentType()).isEqualTo("application/json");
    assertThat(second.getContentLength()).isEqualTo(first.getContentAsByteArray().length);
  }

  @Test
  void asksAgainOnceTheLedgerOrTheSearchIndexChanged() throws Exception {
    get("/api/search", "q=GDP");
    ledger.incrementAndGet();
    assertThat(get("/api/search", "q=GDP").getContentAsString()).contains("\"call\":2");
    index.incrementAndGet();
    assertThat(get("/api/search", "q=GDP").getContentAsString()).contains("\"call\":3");
    assertThat(get("/api/search", "q=GDP").getContentAsString()).contains("\"call\":3");
  }

  @Test
  void keepsEachQueryStringAndAcceptHeaderApart() throws Exception {
    get("/api/targets", null);
    get("/api/targets", "region=R");
    get("/api/targets", "region=R&limit=100");
    send("GET", "/api/targets", "region=R", "application/json");

    assertThat(calls).hasValue(4);
  }

  @Test
  void keepsNeitherRefusalsNorOtherTypesNorAnswersThatSetACookie() throws Exception {
    status = 400;
    get("/api/facts", "limit=0");
    get("/api/facts", "limit=0");
    status = 200;
    type = "text/csv";
    get("/api/facts", "x=1");
    get("/api/facts", "x=1");
    type = "application/json";
    cookie = true;
    get("/api/facts", "x=2");
    get("/api/facts", "x=2");

    assertThat(calls).hasValue(6);
  }

  @Test
  void leavesOtherPathsAndMethodsAlone() throws Exception {
    get("/api/documents", null);
    get("/api/documents", null);
    get("/api/facts.csv", null);
    get("/api/facts.csv", null);
    send("HEAD", "/api/facts", null, null);
    send("HEAD", "/api/facts", null, null);
    send("POST", "/api/search", null, null);
    send("POST", "/api/search", null, null);

    assertThat(calls).hasValue(8);
  }
}
