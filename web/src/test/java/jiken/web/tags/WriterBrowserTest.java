package jiken.web.tags;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import io.javalin.Javalin;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import jiken.web.App;
import jiken.web.WebContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer logs in with a real browser, tags a case, and the tag shows on the case page and the tag page. */
@Tag("browser")
class WriterBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  @TempDir static Path dir;
  static WebContext web;
  static Javalin app;
  static Playwright playwright;
  static Browser browser;

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed");
    WriterFixture.build(dir);
    web = new WebContext(dir, true);
    web.setReady(true, "ready");
    app = App.create(web).start("127.0.0.1", 0);
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (app != null) {
      app.stop();
    }
    if (web != null) {
      web.close();
    }
  }

  @Test
  void a_writer_logs_in_and_tags_a_case() {
    String base = "http://127.0.0.1:" + app.port();
    String caseId = WriterFixture.caseId(web.cases(), WriterFixture.SCHOOL);
    Page page = browser.newPage();
    page.navigate(base + "/cases/" + caseId);
    assertThat(page.locator("#edit-tag").count()).isZero();

    page.click("a.login-link");
    page.fill("#name", "wendy");
    page.fill("#password", WriterFixture.PASSWORD);
    page.click("form.login-form button[type=submit]");
    assertThat(page.content()).doesNotContain("パスワードが違います");

    page.navigate(base + "/cases/" + caseId);
    page.fill("#edit-tag", "連絡網");
    page.click("#edit button[value=add]");
    assertThat(page.url()).endsWith("/cases/" + caseId + "#edit");
    assertThat(page.locator("table.facts").textContent()).contains("連絡網");
    assertThat(page.locator("table.audit").textContent()).contains("タグ追加", "wendy", "連絡網");

    Response tagPage = page.navigate(base + "/tags/" + URLEncoder.encode("連絡網", StandardCharsets.UTF_8));
    assertThat(tagPage.status()).isEqualTo(200);
    assertThat(page.content()).contains(WriterFixture.SCHOOL);
  }
}
