package jiken.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jiken.crawler.store.Database;
import jiken.indexer.cases.CaseStore;
import jiken.web.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during {@code jiken index}, then rerun: the result equals an uninterrupted run (same
 * cases, same facts, no duplicates). The child is a real JVM killed with SIGKILL.
 */
class KillIndexTest {
  @TempDir Path tmp;

  @Test
  void index_killed_mid_run_then_rerun_equals_an_uninterrupted_run() throws Exception {
    Path corpus = tmp.resolve("corpus.jsonl");
    Files.write(corpus, SyntheticArticles.jsonl(700, 42), StandardCharsets.UTF_8);

    Path clean = tmp.resolve("clean");
    assertThat(Main.commandLine().execute("import", "--jsonl", corpus.toString(), "--data-dir", clean.toString())).isZero();
    assertThat(Main.commandLine().execute("index", "--data-dir", clean.toString())).isZero();

    Path killed = tmp.resolve("killed");
    assertThat(Main.commandLine().execute("import", "--jsonl", corpus.toString(), "--data-dir", killed.toString())).isZero();
    Process child = childJvm("index", "--data-dir", killed.toString());
    boolean killedMidRun = waitForFirstBatchThenKill(child, killed);
    assertThat(Main.commandLine().execute("index", "--data-dir", killed.toString())).isZero();

    assertThat(killedMidRun).as("the child was killed before it finished").isTrue();
    assertThat(state(killed)).isEqualTo(state(clean));
  }

  @Test
  void import_killed_mid_run_then_rerun_stores_every_document_once() throws Exception {
    Path corpus = tmp.resolve("big.jsonl");
    Files.write(corpus, SyntheticArticles.jsonl(6000, 7), StandardCharsets.UTF_8);
    Path dir = tmp.resolve("import-killed");
    Process child = childJvm("import", "--jsonl", corpus.toString(), "--data-dir", dir.toString());
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    long seen = 0;
    while (System.nanoTime() < deadline && child.isAlive() && seen == 0) {
      seen = documents(dir);
      Thread.sleep(5);
    }
    child.destroyForcibly().waitFor();
    long atKill = documents(dir);
    assertThat(Main.commandLine().execute("import", "--jsonl", corpus.toString(), "--data-dir", dir.toString())).isZero();
    assertThat(atKill).as("killed mid-run").isLessThan(6000);
    assertThat(documents(dir)).isEqualTo(6000);
    try (Database db = Database.open(dir); Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(DISTINCT canonical_url), COUNT(DISTINCT seq) FROM documents");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(6000);
      assertThat(rs.getLong(2)).isEqualTo(6000);
    }
  }

  private static long documents(Path dataDir) {
    try (Database db = Database.open(dataDir); Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM documents"); ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException | RuntimeException e) {
      return 0;
    }
  }

  private static Process childJvm(String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Waits until the child has committed at least one batch, then SIGKILLs it; false if it finished first. */
  private static boolean waitForFirstBatchThenKill(Process child, Path dataDir) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (System.nanoTime() < deadline && child.isAlive()) {
      if (watermark(dataDir) > 0) {
        child.destroyForcibly().waitFor();
        return true;
      }
      Thread.sleep(20);
    }
    child.destroyForcibly().waitFor();
    return false;
  }

  private static long watermark(Path dataDir) {
    try (Database db = Database.open(dataDir); Connection c = db.connection();
        PreparedStatement ps = c.prepareStatement("SELECT value FROM indexer_state WHERE key = 'seq'");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? Long.parseLong(rs.getString(1)) : 0;
    } catch (SQLException | RuntimeException e) {
      return 0; // tables not created yet
    }
  }

  /** Everything an index run produces: case records, memberships and facts. */
  private static List<Object> state(Path dataDir) throws SQLException {
    try (Database db = Database.open(dataDir); Connection c = db.connection()) {
      List<Object> out = new ArrayList<>(new CaseStore(db).all());
      for (String sql : new String[] {"SELECT document_id, case_id FROM case_documents ORDER BY document_id",
          "SELECT document_id, kind, value, role, start_offset FROM facts ORDER BY document_id, id",
          "SELECT COUNT(*) FROM documents"}) {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
          int cols = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= cols; i++) {
              row.add(rs.getString(i));
            }
            out.add(row);
          }
        }
      }
      return out;
    }
  }
}
