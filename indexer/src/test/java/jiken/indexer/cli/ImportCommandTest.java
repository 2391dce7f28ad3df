package jiken.indexer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import jiken.crawler.store.CrawledDocument;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {
  @TempDir
  Path dir;

  private record Run(int exit, String out, String err) {}

  private Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    var cmd = new ImportCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
    int exit = new CommandLine(cmd).execute(args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static final String FILE = String.join("\n",
      "{\"id\":\"a1\",\"url\":\"https://news.example.jp/2030/05/01/a1\",\"title\":\"架空商事に不正アクセス\","
          + "\"text\":\"架空商事は不正アクセスを受けたと発表した。\",\"published\":\"2030-05-01\",\"source\":\"example-news\","
          + "\"tags\":[\"不正アクセス\",\"EC\"]}",
      "not json at all",
      "{\"id\":\"a2\",\"url\":\"\",\"title\":\"架空町で誤送付\",\"text\":\"架空町は通知を誤送付した。\",\"published\":\"unknown\"}",
      "{\"title\":\"no id, no url\",\"text\":\"…\"}",
      "{\"url\":\"https://example.jp/empty\",\"title\":\" \",\"text\":\"\"}",
      "");

  @Test
  void imports_documents_skips_bad_lines_and_is_idempotent() throws Exception {
    Path jsonl = dir.resolve("articles.jsonl");
    Files.writeString(jsonl, FILE, StandardCharsets.UTF_8);
    Path data = dir.resolve("var");

    Run first = run("", "--data-dir", data.toString(), "--jsonl", jsonl.toString());
    assertThat(first.exit()).isZero();
    assertThat(first.out()).contains("3 new, 0 updated, 0 unchanged, 2 bad");
    assertThat(first.err()).contains("line 2:", "line 5:").doesNotContain("line 4:");

    Run again = run("", "--data-dir", data.toString(), "--jsonl", jsonl.toString());
    assertThat(again.out()).contains("0 new, 0 updated, 3 unchanged, 2 bad");

    try (Database db = Database.open(data)) {
      DocumentStore store = new DocumentStore(db);
      assertThat(store.count()).isEqualTo(3);
      // known by its content: the same title and text is the same document on every import
      assertThat(store.findByCanonicalUrl("import:sha256:" + ImportCommand.sha256("no id, no url\n…"))).isPresent();
      CrawledDocument a1 = store.findByCanonicalUrl("https://news.example.jp/2030/05/01/a1").orElseThrow();
      assertThat(a1.sourceId()).isEqualTo("example-news");
      assertThat(a1.tags()).containsExactly("不正アクセス", "EC");
      assertThat(a1.published()).isEqualTo(LocalDate.of(2030, 5, 1));
      assertThat(a1.contentHash()).isEqualTo(ImportCommand.sha256("架空商事は不正アクセスを受けたと発表した。")).hasSize(64);
      CrawledDocument a2 = store.findByCanonicalUrl("import:a2").orElseThrow();
      assertThat(a2.sourceId()).isEqualTo("import");
      assertThat(a2.published()).isNull();
    }
  }

  @Test
  void other_tools_field_names_and_slashed_dates_are_read() throws Exception {
    Path jsonl = dir.resolve("other.jsonl");
    Files.writeString(jsonl, String.join("\n",
        "{\"id\":\"b1\",\"title\":\"架空市で紛失\",\"body\":\"架空市は書類を紛失した。\",\"date\":\"2031/02/03 10:00\"}",
        "{\"id\":\"b2\",\"title\":\"架空村\",\"content\":\"架空村の発表。\",\"published\":\"2031.13.40\"}",
        ""), StandardCharsets.UTF_8);
    Path data = dir.resolve("other");
    assertThat(run("", "--data-dir", data.toString(), "--jsonl", jsonl.toString()).out()).contains("2 new");
    try (Database db = Database.open(data)) {
      DocumentStore store = new DocumentStore(db);
      CrawledDocument b1 = store.findByCanonicalUrl("import:b1").orElseThrow();
      assertThat(b1.text()).isEqualTo("架空市は書類を紛失した。");
      assertThat(b1.published()).isEqualTo(LocalDate.of(2031, 2, 3));
      CrawledDocument b2 = store.findByCanonicalUrl("import:b2").orElseThrow();
      assertThat(b2.text()).isEqualTo("架空村の発表。");
      assertThat(b2.published()).isNull(); // month 13: no date rather than a wrong one
    }
  }

  @Test
  void a_changed_text_updates_and_stdin_works() throws Exception {
    Path data = dir.resolve("var");
    String v1 = "{\"id\":\"b1\",\"title\":\"架空病院\",\"text\":\"第1報\"}\n";
    String v2 = "{\"id\":\"b1\",\"title\":\"架空病院\",\"text\":\"第2報: 件数を訂正\"}\n";
    assertThat(run(v1, "--data-dir", data.toString(), "--jsonl", "-").out()).contains("1 new");
    assertThat(run(v2, "--data-dir", data.toString(), "--jsonl", "-").out()).contains("0 new, 1 updated");
    try (Database db = Database.open(data)) {
      assertThat(new DocumentStore(db).findByCanonicalUrl("import:b1").orElseThrow().text()).isEqualTo("第2報: 件数を訂正");
    }
  }

  @Test
  void large_files_are_written_in_batches() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < ImportCommand.BATCH * 2 + 17; i++) {
      sb.append("{\"id\":\"c").append(i).append("\",\"text\":\"本文").append(i).append("\"}\n");
    }
    Path data = dir.resolve("var");
    Run r = run(sb.toString(), "--data-dir", data.toString(), "--jsonl", "-");
    assertThat(r.out()).contains((ImportCommand.BATCH * 2 + 17) + " new");
  }
}
