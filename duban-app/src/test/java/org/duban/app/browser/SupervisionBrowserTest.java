package org.duban.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.duban.app.audit.Actor;
import org.duban.app.ledger.DemoLedgerTest;
import org.duban.app.supervision.ActionRequest;
import org.duban.app.supervision.Item;
import org.duban.app.supervision.ItemAction;
import org.duban.app.supervision.ItemDraft;
import org.duban.app.supervision.ItemService;
import org.duban.app.supervision.Viewer;
import org.duban.app.user.UserRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 督办 flow in headless Chromium: a unit's liaison logs in, reports progress and asks to close an
 * item; the supervisor logs in and approves it (issue 10). Runs in CI always; elsewhere it is
 * skipped where Debian's chromium and chromium-driver are not installed.
 */
@DemoLedgerTest
class SupervisionBrowserTest {

  private static Chromium chromium;
  private static WebDriver browser;

  @LocalServerPort int port;
  @Autowired ItemService items;
  @Autowired UserRepository users;

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

  private void logIn(String user) {
    browser.manage().deleteAllCookies();
    browser.get(url("/login"));
    browser.findElement(By.name("username")).sendKeys(user);
    browser.findElement(By.name("password")).sendKeys(DemoLedgerTest.DEMO_PASSWORD);
    browser.findElement(By.cssSelector("button[type=submit], input[type=submit]")).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> !d.getCurrentUrl().contains("/login"));
  }

  private void open(long item) {
    browser.get(url("/supervision/items/" + item));
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.id("status")).isEmpty());
  }

  private void click(String id) {
    browser.findElement(By.id(id)).click();
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.cssSelector(".flash")).isEmpty());
  }

  @Test
  void aUnitReportsAndAsksToCloseThenTheSupervisorApproves() {
    Item item =
        items.create(
            new ItemDraft(
                "浏览器测试：编制营商环境改革方案",
                "编制营商环境改革方案并报区政府审定。",
                List.of("区发改委"),
                List.of(),
                items.today().plusDays(60),
                List.of()),
            Actor.system("test"));
    Viewer unit = Viewer.of(users.findByName("fagaiwei").orElseThrow());
    items.act(
        item.id(), unit, new ActionRequest(ItemAction.SIGN, null, null), Actor.system("test"));

    logIn("fagaiwei");
    browser.get(url("/supervision/mine"));
    assertThat(browser.findElement(By.tagName("main")).getText()).contains("浏览器测试：编制营商环境改革方案");
    open(item.id());
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("办理中");
    assertThat(browser.findElements(By.id("action-APPROVE_COMPLETION"))).isEmpty();
    browser
        .findElement(By.cssSelector("#report-form textarea[name=text]"))
        .sendKeys("方案初稿已完成，征求意见中。");
    browser.findElement(By.cssSelector("#report-form input[name=progress]")).sendKeys("100");
    click("submit-report");
    assertThat(browser.findElement(By.cssSelector(".flash")).getText()).isEqualTo("进展反馈已提交");
    assertThat(browser.findElement(By.cssSelector("ol.reports")).getText()).contains("方案初稿已完成");
    click("action-REQUEST_COMPLETION");
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("申请办结");

    logIn("duchashi");
    open(item.id());
    assertThat(browser.findElements(By.id("submit-report"))).isEmpty();
    click("action-APPROVE_COMPLETION");
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("已办结");
    assertThat(browser.findElement(By.id("light")).getText()).isEqualTo("已办结");
    assertThat(browser.findElement(By.cssSelector("ol.timeline")).getText())
        .contains("进展反馈")
        .contains("申请办结")
        .contains("同意办结")
        .contains("fagaiwei")
        .contains("duchashi");
  }
}
