package jiken.web.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import jiken.indexer.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile requests against every route of a real server: seeded random ones
 * ({@code JIKEN_HOSTILE_SEED=N JIKEN_HOSTILE_COUNT=N mvn …} to vary them), and every file in
 * {@code src/test/resources/regressions/} replayed on every run. The rules: never a 5xx, never a
 * hang (a 20 s client timeout), API errors are {@code {"error": …}} JSON, and no HTML or XML
 * answer contains the canary tag or the fixture's {@code <script>} unescaped. A failing random
 * request is written to the regressions folder, so it is replayed from then on.
 */
class HostileInputTest {
  static final long SEED = Long.parseLong(setting("jiken.hostile.seed", "JIKEN_HOSTILE_SEED", "20261121"));
  static final int COUNT = Integer.parseInt(setting("jiken.hostile.count", "JIKEN_HOSTILE_COUNT", "400"));

  @TempDir static Path dir;
  static HostileSite site;

  @BeforeAll
  static void start() {
    site = new HostileSite(dir.resolve("data"));
  }

  @AfterAll
  static void stop() {
    site.close();
  }

  @Test
  void seeded_random_requests_never_get_a_5xx_a_hang_or_an_unescaped_echo() {
    HostileInputs gen = new HostileInputs(SEED);
    List<String> failures = new ArrayList<>();
    int[] byClass = new int[6];
    for (int i = 0; i < COUNT; i++) {
      HostileRequest req = gen.next();
      RawHttp.Response res = req.send(site);
      byClass[Math.max(0, Math.min(5, res.status() / 100))]++;
      String problem = problem(req, res);
      if (problem != null) {
        Path file = regressionsDir().resolve("found-" + SEED + "-" + i + ".json");
        req.write(file);
        failures.add(problem + " ← " + req + " (saved as " + file + ")");
      }
    }
    System.out.printf(Locale.ROOT, "hostile: seed %d, %d requests: 2xx %d, 3xx %d, 4xx %d, 5xx %d, no answer %d%n",
        SEED, COUNT, byClass[2], byClass[3], byClass[4], byClass[5], byClass[0]);
    assertThat(failures).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> every_saved_regression_replays_without_a_5xx() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(regressionsDir())) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).as("regression files").isNotEmpty();
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      HostileRequest req = HostileRequest.read(f);
      assertThat(problem(req, req.send(site))).as(req.toString()).isNull();
    }));
  }

  /** A system property, else an environment variable (Maven passes those to the forked JVM), else the default. */
  private static String setting(String property, String env, String fallback) {
    String v = System.getProperty(property);
    if (v == null || v.isBlank()) {
      v = System.getenv(env);
    }
    return v == null || v.isBlank() ? fallback : v.strip();
  }

  /** What is wrong with this answer to a hostile request, or {@code null}. */
  static String problem(HostileRequest req, RawHttp.Response res) {
    int status = res.status();
    if (status < 0) {
      return "no HTTP answer (" + res.body() + ")";
    }
    if (status >= 500) {
      return "status " + status + " " + head(res.body());
    }
    if (req.expect() != null && status != req.expect()) {
      return "status " + status + ", expected " + req.expect() + " " + head(res.body());
    }
    String path = req.target().split("\\?", 2)[0];
    boolean fromApp = !res.header("Content-Security-Policy").isEmpty();
    if (path.startsWith("/api/") && status >= 400 && fromApp && !req.method().equals("HEAD")) {
      if (!res.header("Content-Type").contains("application/json")) {
        return "API error " + status + " is not JSON: " + res.header("Content-Type") + " " + head(res.body());
      }
      try {
        JsonNode n = Json.MAPPER.readTree(res.body());
        if (n == null || !n.path("error").isTextual()) {
          return "API error " + status + " without an \"error\" field: " + head(res.body());
        }
      } catch (IOException e) {
        return "API error " + status + " is not valid JSON: " + head(res.body());
      }
    }
    String type = res.header("Content-Type").toLowerCase(Locale.ROOT);
    String body = res.body().toLowerCase(Locale.ROOT);
    if (!type.contains("json") && !type.contains("csv") && !type.contains("jsonl")
        && (body.contains("<" + HostileInputs.CANARY) || body.contains("<script>alert("))) {
      return "markup reflected unescaped in a " + type + " answer (status " + status + ")";
    }
    return null;
  }

  private static String head(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  /** The source folder when tests run from the module (so new finds are kept), else the copied resources. */
  static Path regressionsDir() {
    Path src = Path.of("src", "test", "resources", "regressions");
    if (Files.isDirectory(src)) {
      return src;
    }
    try {
      return Path.of(HostileInputTest.class.getResource("/regressions").toURI());
    } catch (java.net.URISyntaxException | NullPointerException e) {
      throw new IllegalStateException("regressions folder not found", e);
    }
  }
}
