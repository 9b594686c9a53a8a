package org.duban.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.duban.app.ledger.DemoLedgerTest;
import org.duban.app.ledger.LedgerUploads;
import org.duban.core.text.SourceText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The 目标完成情况 page in headless Chromium: from a verdict to the sentence it rests on (issue 9). */
@DemoLedgerTest
class TargetsBrowserTest {

  private static final String PLACE = "北山县";

  @LocalServerPort int port;

  private static SourceText report(int year, String review, String targets) {
    return new SourceText(
        PLACE + "-" + year + ".txt",
        year
            + "年"
            + PLACE
            + "政府工作报告\n\n一、"
            + (year - 1)
            + "年工作回顾\n"
            + review
            + "\n\n二、"
            + year
            + "年主要预期目标\n今年经济社会发展的主要预期目标是："
            + targets
            + "\n");
  }

  @Test
  void aVerdictLeadsToTheSentenceOfItsResult() throws Exception {
    LedgerUploads uploads = new LedgerUploads(port);
    List<Long> ids =
        uploads.upload(
            report(2024, "全县地区生产总值完成310.2亿元，同比增长4.9%。", "地区生产总值增长5.5%左右；城镇调查失业率控制在5.5%以内。"),
            report(2025, "全县地区生产总值完成330.6亿元，同比增长6.1%。城镇调查失业率5.1%。", "地区生产总值增长5%左右。"));
    try (Chromium chromium = Chromium.start()) {
      WebDriver browser = chromium.driver;
      browser.get(
          "http://localhost:"
              + port
              + "/targets?region="
              + URLEncoder.encode(PLACE, StandardCharsets.UTF_8));

      assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("目标完成情况");
      WebElement gdp =
          browser.findElements(By.cssSelector("table.targets tbody tr[data-verdict]")).stream()
              .filter(r -> r.getText().contains("地区生产总值") && r.getText().contains("5.5%左右"))
              .findFirst()
              .orElseThrow();
      WebElement verdict = gdp.findElement(By.cssSelector("a.chip.verdict"));
      assertThat(verdict.getText()).isEqualTo("达成");
      assertThat(gdp.findElement(By.cssSelector("a.figure.result")).getText()).isEqualTo("6.1%");
      assertThat(browser.findElements(By.cssSelector("span.chip.verdict")))
          .extracting(WebElement::getText)
          .contains("待报告");

      verdict.click();
      new WebDriverWait(browser, Duration.ofSeconds(30))
          .until(d -> !d.findElements(By.id("text")).isEmpty());

      assertThat(browser.findElement(By.tagName("h1")).getText()).contains(PLACE, "2025");
      WebElement hit = browser.findElement(By.id("hit"));
      String sentence =
          browser.findElements(By.cssSelector("#text .hit")).stream()
              .map(WebElement::getText)
              .reduce("", String::concat);
      assertThat(hit.getText()).isNotBlank();
      assertThat(sentence).contains("地区生产总值", "6.1%");
    } finally {
      uploads.delete(ids);
    }
  }
}
