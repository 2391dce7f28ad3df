package jiken.web.tags;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import jiken.web.BrowserSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer logs in with a real browser, tags a case, and the tag shows on the case page and the tag page. */
@Tag("browser")
class WriterBrowserTest {
  @TempDir static Path dir;
  static BrowserSite site;

  @BeforeAll
  static void start() {
    site = BrowserSite.start(dir, WriterFixture::build);
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
  void a_writer_logs_in_and_tags_a_case() {
    String base = base();
    String caseId = WriterFixture.caseId(site.web().cases(), WriterFixture.SCHOOL);
    Page page = site.browser().newPage();
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
