package org.duban.app.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.duban.app.ledger.DemoLedgerTest;
import org.duban.app.ledger.LedgerFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The reader and search pages in headless Chromium (see {@link Chromium} for when it may be
 * skipped).
 */
@DemoLedgerTest
class ReaderBrowserTest {

  private static Chromium chromium;
  private static WebDriver browser;

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

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  @Test
  void searchPageShowsHighlightedSentencesThatOpenTheReaderAtTheHit() {
    browser.get(url("/search?q=" + URLEncoder.encode("地区生产总值", StandardCharsets.UTF_8)));

    List<WebElement> marks = browser.findElements(By.cssSelector(".snippet mark"));
    assertThat(marks).isNotEmpty();
    assertThat(marks.get(0).getText()).isEqualTo("地区生产总值");

    browser.findElements(By.cssSelector(".hit-head a.doc-title")).get(0).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.id("text")).isEmpty());
    WebElement hit = browser.findElement(By.id("hit"));
    assertThat(hit.getText()).isNotBlank();
    assertThat(browser.findElement(By.id("text")).getText()).contains("地区生产总值");
  }

  @Test
  void clickOnAFactHighlightShowsItsFields() {
    assumeTrue(LedgerFixtures.extractorFindsFacts(), "needs the real fact extractor (issue 3)");
    browser.get(url("/documents"));
    browser.findElement(By.linkText("2024年临江区政府工作报告")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("mark.fact")).isEmpty());
    WebElement panel = browser.findElement(By.id("fact-panel"));
    assertThat(panel.isDisplayed()).isFalse();

    WebElement fact =
        browser.findElements(By.cssSelector("mark.fact")).stream()
            .filter(m -> m.getText().equals("1234.5亿元"))
            .findFirst()
            .orElseThrow();
    fact.click();

    assertThat(panel.isDisplayed()).isTrue();
    assertThat(panel.findElement(By.cssSelector("dd[data-field=text]")).getText())
        .isEqualTo("1234.5亿元");
    assertThat(panel.findElement(By.cssSelector("dd[data-field=indicator]")).getText())
        .contains("生产总值");
    assertThat(fact.getAttribute("class")).contains("selected");
  }
}
