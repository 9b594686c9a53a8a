package org.duban.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.duban.app.ledger.DemoLedgerTest;
import org.duban.core.fact.Direction;
import org.duban.core.fact.Measure;
import org.duban.core.fact.Modality;
import org.duban.core.meta.DocumentType;
import org.duban.core.quantity.Qualifier;
import org.duban.core.structure.NodeKind;
import org.duban.core.structure.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A newcomer's walk through the pages in headless Chromium: the document list, a document with its
 * fact panel, every page of the facts, the pages of a search. No code of the API is visible, every
 * row is reachable, and the Chinese is drawn with a Chinese font.
 */
@DemoLedgerTest
class PagesForPeopleBrowserTest {

  /** Every code the ledger stores, as the API writes it, as a whole word. */
  private static final Pattern CODES =
      Pattern.compile(
          "(?<![A-Za-z_])("
              + String.join(
                  "|",
                  Stream.of(
                          Measure.values(),
                          Modality.values(),
                          Qualifier.values(),
                          Direction.values(),
                          DocumentType.values(),
                          Role.values(),
                          NodeKind.values())
                      .flatMap(Stream::of)
                      .flatMap(
                          c -> Stream.of(c.name(), c.name().toLowerCase(java.util.Locale.ROOT)))
                      .distinct()
                      .toList())
              + ")(?![A-Za-z_])");

  private static Chromium chromium;
  private static ChromeDriver browser;

  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() throws IOException {
    chromium = Chromium.start();
    browser = chromium.driver;
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void documentsAndADocumentShowNoCodesAndNoMissingTitles() {
    open("/documents");
    assertReadsInChinese("/documents");
    List<WebElement> titles =
        browser.findElements(By.cssSelector("table.grid a.doc-title, table.grid td:first-child a"));
    assertThat(titles).isNotEmpty();
    for (WebElement title : titles) {
      assertThat(title.getText()).isNotBlank().doesNotContain("无标题");
    }

    titles.get(0).click();
    new WebDriverWait(browser, Duration.ofSeconds(20))
        .until(d -> !d.findElements(By.id("text")).isEmpty());
    assertReadsInChinese("a document");
    List<WebElement> marks = browser.findElements(By.cssSelector("mark.fact"));
    assertThat(marks).isNotEmpty();
    // Every kind of field the panel shows, over a spread of the document's facts.
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < marks.size(); i += Math.max(1, marks.size() / 25)) {
      marks.get(i).click();
      WebElement panel = browser.findElement(By.id("fact-panel"));
      for (WebElement dd : panel.findElements(By.tagName("dd"))) {
        String field = dd.getAttribute("data-field");
        if (List.of("measure", "modality", "qualifier", "direction").contains(field)) {
          seen.add(field);
          assertThat(dd.getText()).as(field).doesNotContainPattern("[A-Za-z]");
        }
      }
    }
    assertThat(seen).contains("measure", "modality", "qualifier");
  }

  @Test
  void everyFactIsReachablePageByPage() {
    open("/facts");
    long total = total();
    assertThat(total).as("the demo ledger's facts fill more than one page").isGreaterThan(50);
    List<String> rows = new ArrayList<>();
    int pages = 0;
    while (true) {
      pages++;
      assertReadsInChinese("/facts page " + pages);
      for (WebElement row : browser.findElements(By.cssSelector("table.grid tbody tr"))) {
        rows.add(row.getText());
        List<WebElement> cells = row.findElements(By.tagName("td"));
        assertThat(cells.get(6).getText()).as("document named").isNotBlank();
      }
      List<WebElement> next = browser.findElements(By.cssSelector(".pager a[rel=next]"));
      if (next.isEmpty()) {
        break;
      }
      next.get(0).click();
    }
    assertThat(rows).hasSize((int) total);
    assertThat(pages).isEqualTo((int) ((total + 49) / 50));
  }

  @Test
  void searchHitsArePagedAndNamedByTitlePlaceAndYear() {
    open("/search?limit=5&q=" + URLEncoder.encode("增长", StandardCharsets.UTF_8));
    long total = total();
    assertThat(total).as("enough hits for several pages").isGreaterThan(10);
    Set<String> sentences = new HashSet<>();
    int pages = 0;
    while (true) {
      pages++;
      assertReadsInChinese("/search page " + pages);
      for (WebElement hit : browser.findElements(By.cssSelector(".hit-item"))) {
        assertThat(hit.findElement(By.cssSelector(".doc-title")).getText())
            .isNotBlank()
            .doesNotContain("无标题");
        assertThat(hit.findElement(By.cssSelector(".doc-where")).getText()).matches(".+ · \\d{4}年");
        sentences.add(hit.findElement(By.cssSelector("a.doc-title")).getAttribute("href"));
      }
      List<WebElement> next = browser.findElements(By.cssSelector(".pager a[rel=next]"));
      if (next.isEmpty()) {
        break;
      }
      next.get(0).click();
    }
    assertThat(sentences).hasSize((int) total);
    assertThat(pages).isEqualTo((int) ((total + 4) / 5));
  }

  @Test
  void chineseTextIsDrawnWithAChineseFont() {
    open("/documents");
    WebElement heading = browser.findElement(By.tagName("h1"));
    assertThat(heading.getText()).isEqualTo("文档");
    // The fonts Chromium actually drew the heading with, as DevTools reports them.
    browser.executeCdpCommand("DOM.enable", Map.of());
    browser.executeCdpCommand("CSS.enable", Map.of());
    Map<String, Object> document = browser.executeCdpCommand("DOM.getDocument", Map.of());
    Object root = ((Map<?, ?>) document.get("root")).get("nodeId");
    Map<String, Object> found =
        browser.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", "h1"));
    Map<String, Object> fonts =
        browser.executeCdpCommand(
            "CSS.getPlatformFontsForNode", Map.of("nodeId", found.get("nodeId")));
    List<?> used = (List<?>) fonts.get("fonts");
    assertThat(used).as("fonts used for the heading").isNotEmpty();
    long cjkGlyphs =
        used.stream()
            .map(f -> (Map<?, ?>) f)
            .filter(f -> isCjkFont(String.valueOf(f.get("familyName"))))
            .mapToLong(f -> ((Number) f.get("glyphCount")).longValue())
            .sum();
    assertThat(cjkGlyphs)
        .as("glyphs of 文档 drawn by a CJK font (fonts used: %s); install fonts-noto-cjk", used)
        .isEqualTo(2);
  }

  private static boolean isCjkFont(String family) {
    return family.matches("(?i).*(CJK|Han|Hei|Song|Ming|Kai|WenQuanYi|Fallback|YaHei|PingFang).*");
  }

  private void open(String path) {
    browser.get("http://localhost:" + port + path);
  }

  private static long total() {
    return Long.parseLong(browser.findElement(By.cssSelector(".count b")).getText());
  }

  private static void assertReadsInChinese(String where) {
    String text = browser.findElement(By.tagName("body")).getText();
    Matcher code = CODES.matcher(text);
    List<String> found = new ArrayList<>();
    while (code.find()) {
      int from = Math.max(0, code.start() - 15);
      found.add(text.substring(from, Math.min(text.length(), code.end() + 15)));
    }
    assertThat(found).as("English codes visible on %s", where).isEmpty();
    assertThat(text).as(where).doesNotContain("无标题");
  }
}
