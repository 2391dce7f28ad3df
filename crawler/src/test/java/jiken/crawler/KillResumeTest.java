package jiken.crawler;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jiken.crawler.store.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at process level: a child JVM crawls a slow local feed of {@value #ARTICLES} articles,
 * is killed with {@link Process#destroyForcibly()} once a few documents are stored, and is run
 * again to completion. The result must equal an uninterrupted crawl: the same canonical URLs and
 * content hashes, each stored once.
 */
class KillResumeTest {
  static final int ARTICLES = 12;

  @TempDir Path killed;
  @TempDir Path clean;

  @Test
  void a_killed_crawl_resumes_without_duplicates_or_loss() throws Exception {
    try (FixtureServer s = new FixtureServer()) {
      StringBuilder items = new StringBuilder();
      for (int i = 1; i <= ARTICLES; i++) {
        String path = "/k/" + i + ".html";
        items.append("<item><title>記事").append(i).append("</title><link>").append(s.url(path)).append("</link></item>");
        String html = "<html><head><title>架空の記事その" + i + "</title></head><body><article><h1>架空の記事その" + i
            + "</h1><p>架空の団体その" + i + "は、業務用パソコンがマルウェアに感染したと公表した。"
            + "対象となる可能性のある情報は約" + (i * 100) + "件で、詳細は調査中としている。</p></article></body></html>";
        s.route(path, ex -> {
          sleep(250); // slow enough that the kill lands mid-crawl
          FixtureServer.send(ex, 200, "text/html; charset=utf-8", html.getBytes(UTF_8));
        });
      }
      s.text("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n", UTF_8);
      s.text("/feed.xml", "application/rss+xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\">"
          + "<channel><title>kill</title><link>" + s.base() + "</link><description>x</description>" + items
          + "</channel></rss>", UTF_8);

      Process child = start(killed, s.url("/feed.xml"));
      long storedAtKill = 0;
      for (int i = 0; i < 600 && storedAtKill < 3; i++) {
        TimeUnit.MILLISECONDS.sleep(50);
        storedAtKill = count(killed);
        assertThat(child.isAlive()).as("child finished before it could be killed").isTrue();
      }
      child.destroyForcibly();
      child.waitFor();
      assertThat(storedAtKill).isBetween(3L, (long) ARTICLES - 1);

      assertThat(start(killed, s.url("/feed.xml")).waitFor()).isZero();
      assertThat(start(clean, s.url("/feed.xml")).waitFor()).isZero();

      List<String> resumed = documents(killed);
      assertThat(resumed).hasSize(ARTICLES).doesNotHaveDuplicates();
      assertThat(resumed).isEqualTo(documents(clean));
    }
  }

  private static Process start(Path dataDir, String feed) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), KillResumeMain.class.getName(),
        dataDir.toString(), feed).redirectErrorStream(true).redirectOutput(new File(dataDir.toFile(), "child.log"))
        .start();
  }

  private static long count(Path dataDir) {
    if (!dataDir.resolve("jiken.db").toFile().exists()) {
      return 0;
    }
    try (Database db = Database.open(dataDir)) {
      return db.read(c -> {
        try (Statement st = c.createStatement();
            ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'documents'")) {
          if (!rs.next() || rs.getLong(1) == 0) {
            return 0L;
          }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM documents")) {
          return rs.next() ? rs.getLong(1) : 0L;
        }
      });
    }
  }

  /** "canonical URL + content hash" of every stored document, in URL order. */
  private static List<String> documents(Path dataDir) {
    try (Database db = Database.open(dataDir)) {
      return db.read(c -> {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement();
            ResultSet rs = st.executeQuery("SELECT canonical_url, content_hash FROM documents ORDER BY canonical_url")) {
          while (rs.next()) {
            out.add(rs.getString(1) + " " + rs.getString(2));
          }
        }
        return out;
      });
    }
  }

  private static void sleep(long ms) {
    try {
      TimeUnit.MILLISECONDS.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
