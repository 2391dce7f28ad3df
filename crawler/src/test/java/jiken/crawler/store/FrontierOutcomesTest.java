package jiken.crawler.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontierOutcomesTest {
  static final String URL = "http://kakuu-news.test/2025/10/30/kakuu-shoji.html";
  static final String OTHER = "http://kakuu-news.test/2025/10/31/hibari-byoin.html";
  static final String HOST = "kakuu-news.test:80";

  @TempDir Path dir;

  @Test
  void failures_count_up_and_a_completion_resets_them_and_the_error() {
    try (Database db = Database.open(dir)) {
      Frontier f = new Frontier(db);
      f.admissions().offer(URL, "kakuu", FrontierKind.ARTICLE, 0, null, null, 100, 0);
      f.outcomes().fail(URL, "retry", 503, "503", 2_000L, 1_000);
      f.outcomes().fail(URL, "retry", 0, "connect timed out", 4_000L, 2_000);
      assertThat(f.get(URL).failures()).isEqualTo(2);
      assertThat(f.get(URL).status()).isEqualTo("retry");
      assertThat(FrontierRowsForTests.lastError(db, URL)).isEqualTo("connect timed out");
      assertThat(FrontierRowsForTests.nextFetchAt(db, URL)).isEqualTo(4_000L);
      f.outcomes().complete(URL, "done", 200, "\"v1\"", "Thu, 30 Oct 2025 01:00:00 GMT", false, 9_000L, 5_000);
      FrontierEntry e = f.get(URL);
      assertThat(e.failures()).isZero();
      assertThat(e.status()).isEqualTo("done");
      assertThat(e.etag()).isEqualTo("\"v1\"");
      assertThat(FrontierRowsForTests.lastError(db, URL)).isNull();
      assertThat(FrontierRowsForTests.nextFetchAt(db, URL)).isEqualTo(9_000L);
    }
  }

  @Test
  void a_304_keeps_the_validators_and_a_200_without_them_clears_them() {
    try (Database db = Database.open(dir)) {
      Frontier f = new Frontier(db);
      f.admissions().offer(URL, "kakuu", FrontierKind.ARTICLE, 0, null, null, 100, 0);
      f.outcomes().complete(URL, "done", 200, "\"v1\"", "Thu, 30 Oct 2025 01:00:00 GMT", false, null, 1_000);
      f.outcomes().complete(URL, "done", 304, null, null, true, null, 2_000);
      assertThat(f.get(URL).etag()).isEqualTo("\"v1\"");
      f.outcomes().complete(URL, "done", 200, null, null, false, null, 3_000);
      assertThat(f.get(URL).etag()).isNull();
      assertThat(f.get(URL).lastModified()).isNull();
    }
  }

  @Test
  void long_errors_are_cut() {
    try (Database db = Database.open(dir)) {
      Frontier f = new Frontier(db);
      f.admissions().offer(URL, "kakuu", FrontierKind.ARTICLE, 0, null, null, 100, 0);
      f.outcomes().fail(URL, "failed", 0, "エ".repeat(FrontierOutcomes.MAX_ERROR_LENGTH + 10), null, 1_000);
      assertThat(FrontierRowsForTests.lastError(db, URL)).hasSize(FrontierOutcomes.MAX_ERROR_LENGTH);
      f.outcomes().fail(URL, "failed", 0, null, null, 1_000);
      assertThat(FrontierRowsForTests.lastError(db, URL)).isNull();
    }
  }

  @Test
  void postponing_a_host_moves_only_its_earlier_scheduled_entries() {
    try (Database db = Database.open(dir)) {
      Frontier f = new Frontier(db);
      String later = "http://kakuu-news.test/later.html";
      String never = "http://kakuu-news.test/never.html";
      String elsewhere = "http://hibari-blog.test/x.html";
      f.admissions().offer(URL, "kakuu", FrontierKind.ARTICLE, 0, null, null, 100, 0);
      f.admissions().offer(later, "kakuu", FrontierKind.ARTICLE, 0, null, null, 90_000, 0);
      f.admissions().offer(never, "kakuu", FrontierKind.ARTICLE, 0, null, null, 100, 0);
      f.outcomes().complete(never, "gone", 410, null, null, true, null, 200);
      f.admissions().offer(elsewhere, "hibari", FrontierKind.ARTICLE, 0, null, null, 100, 0);
      f.outcomes().postponeHost(HOST, 60_000);
      assertThat(FrontierRowsForTests.nextFetchAt(db, URL)).isEqualTo(60_000L);
      assertThat(FrontierRowsForTests.nextFetchAt(db, later)).isEqualTo(90_000L);
      assertThat(FrontierRowsForTests.nextFetchAt(db, never)).isNull();
      assertThat(FrontierRowsForTests.nextFetchAt(db, elsewhere)).isEqualTo(100L);
      assertThat(f.get(URL).failures()).isZero();
    }
  }
}
