package jiken.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Assumptions;

/**
 * A site under test in a real browser: a fixture data directory, the app on a random loopback
 * port, and Debian's Chromium driven by Playwright (no browser download). Starting it skips the
 * calling test (JUnit assumption) when {@code /usr/bin/chromium} is absent; {@code .ci/run}
 * installs it. Close it in {@code @AfterAll}.
 */
public final class BrowserSite implements AutoCloseable {
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private final WebContext web;
  private final Javalin app;
  private final Playwright playwright;
  private final Browser browser;

  private BrowserSite(WebContext web, Javalin app, Playwright playwright, Browser browser) {
    this.web = web;
    this.app = app;
    this.playwright = playwright;
    this.browser = browser;
  }

  /** Builds {@code fixture} into {@code dir}, starts the app (demo mode) and a headless Chromium. */
  public static BrowserSite start(Path dir, Consumer<Path> fixture) {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Chromium not installed");
    fixture.accept(dir);
    WebContext web = new WebContext(dir, true);
    web.setReady(true, "ready");
    Javalin app = App.create(web).start("127.0.0.1", 0);
    Playwright playwright = Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    // Without the background-networking flags Chromium keeps dialling out on this closed network.
    Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
        .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    return new BrowserSite(web, app, playwright, browser);
  }

  public Browser browser() {
    return browser;
  }

  public WebContext web() {
    return web;
  }

  /** {@code http://127.0.0.1:PORT} */
  public String base() {
    return "http://127.0.0.1:" + app.port();
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
    app.stop();
    web.close();
  }
}
