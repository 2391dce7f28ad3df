package jiken.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jiken.indexer.index.CaseIndex;
import jiken.indexer.index.CaseSearcher;
import jiken.indexer.index.SearchRequest;
import jiken.indexer.index.SearchResult;
import jiken.web.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 during {@code jiken reindex}, then rerun: searches answer exactly as before the kill
 * (a killed rebuild leaves the previous Lucene commit in place: same totals, same hits in the same
 * order) and as after an uninterrupted rebuild. The child is a real JVM killed with SIGKILL at several points of its run.
 */
class KillReindexTest {
  private static final String[] QUERIES = {"", "不正アクセス", "架空商事", "ランサムウェア", "紛失 USBメモリ", "メールアドレス"};

  @TempDir Path tmp;

  @Test
  void reindex_killed_at_any_point_leaves_a_searchable_index_and_a_rerun_equals_an_uninterrupted_one() throws Exception {
    Path corpus = tmp.resolve("corpus.jsonl");
    Files.write(corpus, SyntheticArticles.jsonl(1500, 11), StandardCharsets.UTF_8);
    Path dir = tmp.resolve("data");
    assertThat(Main.commandLine().execute("import", "--jsonl", corpus.toString(), "--data-dir", dir.toString())).isZero();
    assertThat(Main.commandLine().execute("index", "--data-dir", dir.toString())).isZero();
    List<String> indexed = results(dir);
    assertThat(Main.commandLine().execute("reindex", "--data-dir", dir.toString())).isZero();
    List<String> clean = results(dir);
    // the same cases for every search; ties in date order may come out in another order after a rebuild
    assertThat(clean).containsExactlyInAnyOrderElementsOf(indexed);

    int killedWhileRunning = 0;
    for (long delayMs : new long[] {300, 800, 1500, 2500, 4000}) {
      Process child = ProcessChild.jvm("reindex", "--data-dir", dir.toString());
      Thread.sleep(delayMs);
      boolean alive = child.isAlive();
      child.destroyForcibly().waitFor();
      if (alive) {
        killedWhileRunning++;
      }
      assertSameSearches(results(dir), clean, "searches right after a kill at " + delayMs + " ms");
    }
    assertThat(Main.commandLine().execute("reindex", "--data-dir", dir.toString())).isZero();
    assertSameSearches(results(dir), clean, "after a rerun");
    System.out.println("reindex: killed " + killedWhileRunning + " of 5 children mid-run; search results unchanged");
    assertThat(killedWhileRunning).as("at least one child was killed mid-run").isPositive();
  }

  /**
   * The same cases and totals for every search, and the same order where the sort decides it. A
   * rebuild (a child that finished, or the rerun) writes on two threads, so documents get other
   * Lucene ids, and equal relevance scores come out in Lucene id order: the top-N pass can skip tied
   * documents only because a later id cannot win (see CaseSearcher). Newest ends on the case id.
   */
  private static void assertSameSearches(List<String> actual, List<String> expected, String label) {
    assertThat(actual).as(label).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(sorted(actual, "newest")).as(label).isEqualTo(sorted(expected, "newest"));
  }

  /** The lines of {@link #results} for one sort, in order. */
  private static List<String> sorted(List<String> results, String sort) {
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String line : results) {
      if (line.contains(" total=")) {
        in = line.contains("/" + sort + " ");
      }
      if (in) {
        out.add(line);
      }
    }
    return out;
  }

  /** Totals and hit ids (in order) of a few searches, every page. */
  private static List<String> results(Path dir) {
    List<String> out = new ArrayList<>();
    try (CaseIndex index = new CaseIndex(dir)) {
      CaseSearcher searcher = new CaseSearcher(index);
      for (String q : QUERIES) {
        for (String sort : new String[] {"newest", "relevance"}) {
          SearchResult first = searcher.search(new SearchRequest(q, null, null, null, null, null, null, null, sort, 1, 100));
          out.add(q + "/" + sort + " total=" + first.total());
          for (int page = 1; (long) (page - 1) * 100 < Math.min(first.total(), 1000); page++) {
            searcher.search(new SearchRequest(q, null, null, null, null, null, null, null, sort, page, 100)).hits()
                .forEach(h -> out.add(h.id()));
          }
        }
      }
    }
    return out;
  }

  /** Starts {@code jiken ARGS} in a child JVM with this test's class path. */
  static final class ProcessChild {
    static Process jvm(String... args) throws IOException {
      List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Main.class.getName()));
      cmd.addAll(List.of(args));
      return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
  }
}
