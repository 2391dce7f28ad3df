package jiken.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jiken.indexer.Json;
import jiken.web.BrowserSite;
import jiken.web.export.ExportFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An analyst's path in a real browser (Debian Chromium via Playwright): search, open a case,
 * follow a related case, download its STIX export; then the statistics and tag pages without
 * console errors (a CSP violation shows as one). Skipped when {@code /usr/bin/chromium} is absent.
 */
@Tag("browser")
class ExportBrowserTest {
  @TempDir static Path dir;
  static BrowserSite site;

  @BeforeAll
  static void start() {
    site = BrowserSite.start(dir, ExportFixture::build);
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
  void search_case_related_case_then_download_the_stix_export() throws Exception {
    Page page = site.browser().newPage(new Browser.NewPageOptions().setAcceptDownloads(true));
    List<String> problems = new ArrayList<>();
    page.onConsoleMessage(m -> {
      if (m.type().equals("error")) {
        problems.add(m.text());
      }
    });
    page.navigate(base() + "/");
    page.fill("#q", "東西書店");
    page.press("#q", "Enter");
    page.waitForSelector("li.hit");
    page.locator("li.hit h3 a").first().click();
    page.waitForSelector("section.exports");
    assertThat(page.locator("h1").textContent()).contains("東西書店");
    // the vendor's breach is linked from the victim's case
    page.locator("a[href*='/cases/']", new Page.LocatorOptions().setHasText("架空クラウド")).first().click();
    page.waitForSelector("section.exports");
    assertThat(page.locator("h1").textContent()).contains("架空クラウド");
    Download download = page.waitForDownload(() -> page.locator("section.exports a", new Page.LocatorOptions()
        .setHasText("STIX")).click());
    assertThat(download.suggestedFilename()).endsWith(".stix.json");
    JsonNode bundle = Json.MAPPER.readTree(Files.readAllBytes(download.path()));
    assertThat(bundle.get("type").asText()).isEqualTo("bundle");
    assertThat(bundle.get("objects").get(0).get("name").asText()).contains("架空クラウド");

    for (String path : new String[] {"/stats", "/tags", "/timeline?q=%E4%B8%8D%E6%AD%A3"}) {
      page.navigate(base() + path);
      assertThat(page.locator("h1").count()).as(path).isEqualTo(1);
    }
    page.navigate(base() + "/stats");
    assertThat(page.locator("meter").count()).isPositive();
    Files.createDirectories(Path.of("target", "browser"));
    page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "browser", "stats.png")).setFullPage(true));
    assertThat(problems).as("console errors (CSP violations show here)").isEmpty();
  }

  @Test
  void new_pages_fit_a_phone_and_never_run_crawled_script() {
    Page page = site.browser().newPage(new Browser.NewPageOptions().setViewportSize(375, 800));
    List<String> dialogs = new ArrayList<>();
    page.onDialog(d -> {
      dialogs.add(d.message());
      d.dismiss();
    });
    for (String path : new String[] {"/", "/stats", "/tags", "/timeline", "/tags/%E8%AA%A4%E9%80%81%E4%BF%A1%E3%83%BB%E8%AA%A4%E9%80%81%E4%BB%98"}) {
      page.navigate(base() + path);
      Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
      assertThat(overflow).as("horizontal overflow on " + path).isEqualTo(false);
    }
    assertThat(dialogs).isEmpty();
  }
}
