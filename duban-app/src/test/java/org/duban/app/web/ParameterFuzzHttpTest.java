package org.duban.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.RecordComponent;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.app.ledger.DemoLedgerTest;
import org.duban.app.ledger.LedgerHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Hostile values for every query parameter and path variable of every GET endpoint and page the
 * application maps (found from its handler mappings, so new endpoints are covered as they come):
 * nothing answers 5xx, API errors are JSON, page errors are Chinese; and the parameters that could
 * make Lucene or the database fail answer 400 naming themselves (issue 12).
 */
@DemoLedgerTest
class ParameterFuzzHttpTest {

  private static final String LONG = "经".repeat(ParameterGuard.MAX_LENGTH + 1);

  /**
   * Values a careless client or an attacker sends: numbers out of range, SQL, LIKE and Lucene
   * syntax, template and script text, control characters, astral characters, values at and past the
   * length limit, impossible dates, too many phrases.
   */
  private static final List<String> VALUES =
      List.of(
          "",
          "-1",
          "2147483648",
          "99999999999999999999",
          "abc",
          "%_%",
          "' OR '1'='1",
          "\\",
          "{0}",
          "\"unclosed (",
          "<script>alert(1)</script>",
          "__${T(java.lang.Runtime).getRuntime()}__::x",
          "\u0000",
          "😀\uFFFF",
          "经".repeat(ParameterGuard.MAX_LENGTH - 1),
          LONG,
          "2024-02-30",
          "+10000-01-01",
          "经 济 ".repeat(15));

  private static final List<String> PATH_VALUES =
      List.of("1", "0", "-1", "2147483648", "99999999999999999999", "abc", "1.5", "%20", "经济");

  @LocalServerPort int port;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  private final ObjectMapper json = new ObjectMapper();

  /** One GET endpoint: its path pattern and the names of its query parameters. */
  record Endpoint(String pattern, Set<String> parameters) {}

  private List<Endpoint> endpoints() {
    List<Endpoint> found = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
      if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
        continue;
      }
      Set<String> parameters = parameters(e.getValue());
      for (String pattern : e.getKey().getPatternValues()) {
        if (!pattern.equals("/error")) {
          found.add(new Endpoint(pattern, parameters));
        }
      }
    }
    return found;
  }

  private static Set<String> parameters(HandlerMethod handler) {
    Set<String> names = new LinkedHashSet<>();
    for (MethodParameter p : handler.getMethodParameters()) {
      p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
      Class<?> type = p.getParameterType();
      RequestParam param = p.getParameterAnnotation(RequestParam.class);
      if (param != null) {
        String name = !param.name().isEmpty() ? param.name() : param.value();
        names.add(name.isEmpty() ? p.getParameterName() : name);
      } else if (type.isRecord() && p.getParameterAnnotation(PathVariable.class) == null) {
        for (RecordComponent c : type.getRecordComponents()) {
          names.add(c.getName());
        }
      } else if (p.getParameterAnnotations().length == 0
          && BeanUtils.isSimpleValueType(type)
          && !type.getName().startsWith("jakarta.")) {
        names.add(p.getParameterName());
      }
    }
    return names;
  }

  /**
   * The other parameters while one is fuzzed: a query where the endpoint needs one, and short
   * answers (one row, the trail of an unknown user) where they would be long, to keep the test
   * quick.
   */
  private static Map<String, String> baseline(Endpoint endpoint, String fuzzed) {
    Map<String, String> query = new LinkedHashMap<>();
    Map<String, String> quiet = Map.of("q", "经济", "limit", "1", "actor", "fuzz-nobody");
    quiet.forEach(
        (name, value) -> {
          if (endpoint.parameters().contains(name) && !name.equals(fuzzed)) {
            query.put(name, value);
          }
        });
    return query;
  }

  private static String url(String pattern, String pathValue, Map<String, String> query) {
    String path = pattern.replaceAll("\\{[^}]+}", LedgerHttp.encode(pathValue).replace("+", "%20"));
    StringBuilder url = new StringBuilder(path);
    query.forEach(
        (k, v) ->
            url.append(url.indexOf("?") < 0 ? '?' : '&')
                .append(LedgerHttp.encode(k))
                .append('=')
                .append(LedgerHttp.encode(v)));
    return url.toString();
  }

  @Test
  void noHostileValueOfAnyGetParameterAnswers5xx() throws Exception {
    LedgerHttp admin = LedgerHttp.loggedIn(port, "admin", DemoLedgerTest.ADMIN_PASSWORD);
    List<Endpoint> endpoints = endpoints();
    assertThat(endpoints)
        .extracting(Endpoint::pattern)
        .contains("/api/search", "/api/facts", "/api/audit", "/search", "/facts", "/audit");

    List<String> failures = new ArrayList<>();
    int requests = 0;
    for (Endpoint endpoint : endpoints) {
      boolean hasPathVariable = endpoint.pattern().contains("{");
      List<String> pathValues = hasPathVariable ? PATH_VALUES : List.of("");
      for (String pathValue : pathValues) {
        requests++;
        check(admin, url(endpoint.pattern(), pathValue, Map.of()), failures);
      }
      if (endpoint.pattern().startsWith("/v3/api-docs")) {
        continue; // SpringDoc's own: called once above, its parameters are not the ledger's
      }
      for (String parameter : endpoint.parameters()) {
        for (String value : VALUES) {
          Map<String, String> query = baseline(endpoint, parameter);
          query.put(parameter, value);
          requests++;
          check(admin, url(endpoint.pattern(), pathValues.get(0), query), failures);
        }
      }
    }
    assertThat(requests).isGreaterThan(500);
    assertThat(failures).as("%d requests", requests).isEmpty();
  }

  private void check(LedgerHttp client, String url, List<String> failures) throws Exception {
    HttpResponse<String> response = client.get(url);
    int status = response.statusCode();
    String type = response.headers().firstValue("Content-Type").orElse("");
    String brief = url.length() > 120 ? url.substring(0, 120) + "…" : url;
    if (status >= 500) {
      failures.add(status + " " + brief + ": " + abbreviate(response.body()));
    } else if (status >= 400 && url.startsWith("/api/")) {
      if (!type.startsWith("application/json")) {
        failures.add(status + " without JSON " + brief + ": " + type);
      } else {
        json.readTree(response.body()).get("message").asText();
      }
    } else if (status >= 400 && type.startsWith("text/html") && !hasChinese(response.body())) {
      failures.add(status + " page not in Chinese " + brief);
    }
  }

  private static boolean hasChinese(String s) {
    return s.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF);
  }

  private static String abbreviate(String s) {
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }

  // --- The parameters that could make Lucene or the database fail ---------------------------

  private HttpResponse<String> get(String path) {
    return LedgerHttp.basic(port, "admin", DemoLedgerTest.ADMIN_PASSWORD).get(path);
  }

  private void assertRefused(String path, String parameter) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(400);
    assertThat(json.readTree(response.body()).get("message").asText())
        .as(path)
        .contains("'" + parameter + "'");
  }

  @Test
  void aHugeOffsetOrALongQueryIsRefusedNamingTheParameter() throws Exception {
    String q = "&q=" + LedgerHttp.encode("经济");
    assertRefused("/api/search?offset=2147483647" + q, "offset");
    assertRefused("/api/search?offset=10001" + q, "offset");
    assertRefused("/api/search?q=" + LedgerHttp.encode("经".repeat(201)), "q");
    assertRefused("/api/search?q=" + LedgerHttp.encode("经济 ".repeat(21)), "q");
    assertRefused("/api/search?limit=0" + q, "limit");
    assertRefused("/api/facts?region=" + LedgerHttp.encode(LONG), "region");
    assertRefused("/api/facts?indicator=%00", "indicator");
    assertRefused("/api/facts?limit=abc", "limit");
    assertRefused("/api/facts?offset=-1", "offset");
    assertRefused("/api/documents?year=99999", "year");
    assertRefused("/api/audit?from=2024-13-45", "from");
    assertRefused("/api/audit?to=+10000-01-01", "to");
    assertRefused("/api/audit?entityId=x", "entityId");
    assertRefused("/api/audit?outcome=MAYBE", "outcome");
    assertThat(get("/api/search?offset=10000" + q).statusCode()).isEqualTo(200);
  }

  @Test
  void pagesRefuseBadParametersInChinese() {
    String q = "&q=" + LedgerHttp.encode("经济");
    HttpResponse<String> offset = get("/search?offset=2147483647" + q);
    assertThat(offset.statusCode()).isEqualTo(400);
    assertThat(offset.body()).contains("查询条件有误").contains("参数 offset").contains("不能超过");

    HttpResponse<String> longQuery = get("/search?q=" + LedgerHttp.encode("经".repeat(300)));
    assertThat(longQuery.statusCode()).isEqualTo(400);
    assertThat(longQuery.body()).contains("参数 q").contains("不能超过 200 个字");

    HttpResponse<String> control = get("/documents?region=%00");
    assertThat(control.statusCode()).isEqualTo(400);
    assertThat(control.body()).contains("参数 region").contains("控制字符");

    HttpResponse<String> date = get("/audit?from=2024-02-30");
    assertThat(date.statusCode()).isEqualTo(400);
    assertThat(date.body()).contains("参数 from");
  }
}
