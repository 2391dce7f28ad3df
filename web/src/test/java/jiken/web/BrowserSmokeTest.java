package jiken.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
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
  @TempDir static Path dir;
  static BrowserSite site;

  @BeforeAll
  static void start() {
    site = BrowserSite.start(dir, WebFixture::build);
  }

  @AfterAll
  static void stop() {
    if (site != null) {
      site.close();
    }
  }

  private static String base() {
    return site.base();
  }


  @Test
  void a_reader_searches_opens_a_case_and_reaches_the_source_article() throws Exception {
    Page page = site.browser().newPage();
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
    Page page = site.browser().newPage(new Browser.NewPageOptions().setViewportSize(375, 800));
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
