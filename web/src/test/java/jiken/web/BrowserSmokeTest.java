package jiken.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages that matter, in a real browser: Debian's Chromium driven by Playwright (no browser
 * download). Skipped when {@code /usr/bin/chromium} is absent; {@code .ci/run} installs it.
 */
@Tag("browser")
class BrowserSmokeTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  @TempDir static Path dir;
  static WebContext web;
  static Javalin app;
  static Playwright playwright;
  static Browser browser;

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed");
    WebFixture.build(dir);
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

  private static String base() {
    return "http://127.0.0.1:" + app.port();
  }

  @Test
  void a_reader_searches_opens_a_case_and_reaches_the_source_article() throws Exception {
    Page page = browser.newPage();
    List<String> problems = new ArrayList<>();
    page.onConsoleMessage(m -> {
      if (m.type().equals("error")) {
        problems.add(m.text());
      }
    });
    page.navigate(base() + "/");
    assertThat(page.locator(".demo-banner").textContent()).contains("架空");
    page.fill("#q", "不正アクセス");
    page.press("#q", "Enter");
    page.waitForSelector("li.hit");
    assertThat(page.locator("li.hit mark").count()).isPositive();
    page.locator("li.hit h3 a").first().click();
    page.waitForSelector("table.timeline");
    assertThat(page.locator("h1").textContent()).contains("架空商事");
    assertThat(page.locator("table.timeline tbody tr").count()).isEqualTo(1);
    assertThat(page.locator("table.timeline a.source").getAttribute("href")).isEqualTo("http://news.test/a1");
    // each fact opens its source sentence
    page.locator("table.facts details summary").first().click();
    assertThat(page.locator("table.facts details[open] blockquote").first().isVisible()).isTrue();
    Files.createDirectories(Path.of("target", "browser"));
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "browser", "case.png")).setFullPage(true));
    assertThat(problems).as("console errors (CSP violations show here)").isEmpty();
  }

  @Test
  void pages_fit_a_phone_screen_and_escape_crawled_markup() {
    Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(375, 800));
    List<String> dialogs = new ArrayList<>();
    page.onDialog(d -> {
      dialogs.add(d.message());
      d.dismiss();
    });
    for (String path : new String[] {"/", "/search?q=%E7%B4%9B%E5%A4%B1", "/cases/2025-06-midori-shi-loss-theft"}) {
      page.navigate(base() + path);
      Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
      assertThat(overflow).as("horizontal overflow on " + path).isEqualTo(false);
    }
    assertThat(dialogs).as("a script from crawled text ran").isEmpty();
  }
}
