package jiken.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import jiken.web.App;
import jiken.web.WebContext;
import jiken.web.cli.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** {@code jiken export} writes the same bytes the API serves. */
class ExportCommandTest {
  @TempDir static Path dir;
  @TempDir Path out;

  @BeforeAll
  static void data() {
    ExportFixture.build(dir);
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "timeline", "timelinejs", "timesketch", "stix", "csv", "atom"})
  void case_export_matches_the_api_byte_for_byte(String format) throws Exception {
    try (WebContext web = new WebContext(dir, false)) {
      web.setReady(true, "ready");
      JavalinTest.test(App.create(web), (server, client) -> {
        String id = ExportApiTest.idOf(client, "東西書店");
        Path file = out.resolve("case." + format);
        int code = Main.commandLine().execute("export", "--data-dir", dir.toString(), "--case", id, "--format", format,
            "--base-url", client.getOrigin(), "--out", file.toString());
        assertThat(code).isZero();
        byte[] api = ExportApiTest.raw(client, "/api/cases/" + id + "/export?format=" + format).body();
        assertThat(Files.readAllBytes(file)).isEqualTo(api);
      });
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"timeline", "timelinejs", "timesketch", "stix", "csv"})
  void query_export_matches_the_api(String format) throws Exception {
    try (WebContext web = new WebContext(dir, false)) {
      web.setReady(true, "ready");
      JavalinTest.test(App.create(web), (server, client) -> {
        Path file = out.resolve("query." + format);
        int code = Main.commandLine().execute("export", "--data-dir", dir.toString(), "--query", "不正アクセス",
            "--format", format, "--base-url", client.getOrigin(), "--out", file.toString());
        assertThat(code).isZero();
        String path = format.equals("csv") ? "/api/search.csv?q=" : "/api/timeline?q=";
        String suffix = format.equals("csv") || format.equals("timeline") ? ""
            : format.equals("stix") ? "" : "&format=" + format;
        if (format.equals("stix")) {
          assertThat(Files.readString(file)).contains("\"type\":\"bundle\"").contains("incident--");
          return;
        }
        byte[] api = ExportApiTest.raw(client, path + ExportApiTest.enc("不正アクセス") + suffix).body();
        assertThat(Files.readAllBytes(file)).isEqualTo(api);
      });
    }
  }

  @Test
  void unknown_format_and_case_fail_with_a_message() {
    assertThat(Main.commandLine().execute("export", "--data-dir", dir.toString(), "--case", "x", "--format", "pdf")).isEqualTo(2);
    assertThat(Main.commandLine().execute("export", "--data-dir", dir.toString(), "--case", "2099-01-none")).isEqualTo(1);
  }
}
