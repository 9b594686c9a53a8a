package org.duban.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.duban.app.ledger.DemoLedgerTest;
import org.duban.app.security.LoginThrottle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Chinese login page and the page header in headless Chromium, and the pages under the
 * Content-Security-Policy: nothing they need is refused (issues 11 and 12).
 */
@DemoLedgerTest
class LoginBrowserTest {

  private static Chromium chromium;
  private static WebDriver browser;

  @LocalServerPort int port;
  @Autowired LoginThrottle throttle;

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

  @BeforeEach
  void loggedOut() {
    browser.get(url("/"));
    browser.manage().deleteAllCookies();
  }

  @AfterEach
  void forgetFailedLogins() {
    throttle.reset();
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private void logIn(String user, String password) {
    browser.get(url("/"));
    browser.findElement(By.linkText("登录")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.name("username")).isEmpty());
    assertThat(browser.getTitle()).contains("登录");
    browser.findElement(By.name("username")).sendKeys(user);
    browser.findElement(By.name("password")).sendKeys(password);
    browser.findElement(By.cssSelector(".login-form button[type=submit]")).click();
  }

  @Test
  void logsInThroughTheChineseLoginPageAndShowsUserAndRoleInTheHeader() {
    logIn("admin", DemoLedgerTest.ADMIN_PASSWORD);

    WebElement account =
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(d -> d.findElement(By.cssSelector("header .account .who")));
    assertThat(account.getText()).contains("admin").contains("管理员");
    browser.findElement(By.linkText("审计日志")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getTitle().contains("审计日志"));
    assertThat(browser.findElement(By.cssSelector("table.audit")).getText())
        .contains("登录")
        .contains("admin");

    browser.findElement(By.cssSelector("header .account button")).click();
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> d.getPageSource().contains("您已退出登录"));
    assertThat(browser.findElements(By.cssSelector("header .account .who"))).isEmpty();
  }

  @Test
  void aWrongPasswordIsAnsweredInChinese() {
    logIn("admin", "not-the-password");

    WebElement problem =
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(d -> d.findElement(By.cssSelector("main .problem")));
    assertThat(problem.getText()).isEqualTo("用户名或密码错误，请重新输入。");
  }

  @Test
  void noPageBreaksItsContentSecurityPolicy() {
    logIn("admin", DemoLedgerTest.ADMIN_PASSWORD);
    new WebDriverWait(browser, Duration.ofSeconds(10))
        .until(d -> !d.findElements(By.cssSelector("header .account .who")).isEmpty());
    browser.manage().logs().get(LogType.BROWSER); // forget what came before

    List<String> violations = new ArrayList<>();
    String search = "/search?q=" + URLEncoder.encode("地区生产总值", StandardCharsets.UTF_8);
    for (String path : List.of("/", "/documents", search, "/facts", "/audit", "/login")) {
      browser.get(url(path));
      if (path.equals("/")) {
        // The chart's tooltip is drawn on hover.
        WebElement chart = browser.findElement(By.id("chart"));
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(d -> !chart.findElements(By.tagName("canvas")).isEmpty());
        new Actions(browser).moveToElement(chart, 0, 0).pause(Duration.ofMillis(500)).perform();
      }
      if (path.equals("/documents")) {
        // htmx swaps the results when a filter changes.
        browser.findElement(By.name("year")).sendKeys("2024");
        browser.findElement(By.cssSelector("form.filters button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(d -> d.getCurrentUrl().contains("year=2024"));
        // htmx may still be swapping the list in: a link found before the swap goes stale
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .ignoring(StaleElementReferenceException.class)
            .until(
                d -> {
                  d.findElement(By.cssSelector("#results a")).click();
                  return true;
                });
        new WebDriverWait(browser, Duration.ofSeconds(10))
            .until(d -> !d.findElements(By.id("text")).isEmpty());
        List<WebElement> facts = browser.findElements(By.cssSelector("mark.fact"));
        if (!facts.isEmpty()) {
          facts.get(0).click();
          assertThat(browser.findElement(By.id("fact-panel")).isDisplayed()).isTrue();
        }
      }
      violations.addAll(violations(path));
    }

    assertThat(violations).isEmpty();
  }

  private static List<String> violations(String path) {
    List<String> found = new ArrayList<>();
    for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
      String message = entry.getMessage();
      if (message.contains("Content Security Policy") || message.contains("Refused to")) {
        found.add(path + ": " + message);
      }
    }
    return found;
  }
}
