package jiken.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.nio.file.Path;
import jiken.web.App;
import jiken.web.WebContext;
import jiken.web.WebFixture;
import jiken.web.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jiken bench load} end to end against a real app: a short run over the fixture's cases
 * (ids sampled from search results) exits 0, and a run whose ids do not exist, so every case page
 * is a 404, exits 1: the tool counts any status of 400 or more as an error, since the target is zero.
 */
class LoadBenchTest {
  @TempDir static Path dir;
  static WebContext web;
  static Javalin app;

  @BeforeAll
  static void start() {
    WebFixture.build(dir);
    web = new WebContext(dir, false);
    web.setReady(true, "ready");
    app = App.create(web).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    app.stop();
    web.close();
  }

  @Test
  void a_short_run_over_existing_cases_has_no_errors() {
    assertThat(Main.commandLine().execute("bench", "load", "--url", "http://127.0.0.1:" + app.port(),
        "--clients", "2", "--seconds", "2")).isZero();
  }

  @Test
  void missing_cases_count_as_errors() {
    assertThat(Main.commandLine().execute("bench", "load", "--url", "http://127.0.0.1:" + app.port() + "/",
        "--clients", "2", "--seconds", "1", "--id-format", "no-such-case-%d", "--id-count", "10")).isEqualTo(1);
  }
}
