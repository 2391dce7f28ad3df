package jiken.crawler.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontierAdmissionsTest {
  static final String FEED = "http://kakuu-news.test/feed";
  static final String ARTICLE = "http://kakuu-news.test/2025/10/30/kakuu-shoji.html";
  static final String LIST_2 = "http://kakuu-news.test/security/?page=2";

  @TempDir Path dir;

  @Test
  void a_new_url_is_pending_and_due_now_with_its_host_and_hints() {
    try (Database db = Database.open(dir)) {
      Frontier f = new Frontier(db);
      assertThat(f.admissions().offer(ARTICLE, "kakuu", FrontierKind.ARTICLE, 0, "架空商事に不正アクセス",
          LocalDate.of(2025, 10, 30), 1_000, 0)).isTrue();
      FrontierEntry e = f.get(ARTICLE);
      assertThat(e).isEqualTo(new FrontierEntry(ARTICLE, "kakuu-news.test:80", "kakuu", FrontierKind.ARTICLE, 0,
          null, null, "pending", 0, "架空商事に不正アクセス", LocalDate.of(2025, 10, 30)));
      assertThat(FrontierRowsForTests.nextFetchAt(db, ARTICLE)).isEqualTo(1_000L);
    }
  }

  @Test
  void a_known_url_is_not_new_and_keeps_its_schedule_without_refresh() {
    try (Database db = Database.open(dir)) {
      Frontier f = new Frontier(db);
      f.admissions().offer(ARTICLE, "kakuu", FrontierKind.ARTICLE, 0, null, null, 1_000, 0);
      f.outcomes().complete(ARTICLE, "done", 200, "\"v1\"", null, false, 9_000L, 2_000);
      assertThat(f.admissions().offer(ARTICLE, "kakuu", FrontierKind.ARTICLE, 0, null, null, 3_000, 0)).isFalse();
      assertThat(FrontierRowsForTests.nextFetchAt(db, ARTICLE)).isEqualTo(9_000L);
    }
  }

  @Test
  void refresh_makes_a_page_fetched_before_the_run_due_again_and_keeps_the_smaller_depth() {
    try (Database db = Database.open(dir)) {
      Frontier f = new Frontier(db);
      f.admissions().offer(LIST_2, "kakuu", FrontierKind.LIST, 2, null, null, 1_000, 0);
      f.outcomes().complete(LIST_2, "done", 200, null, null, false, null, 2_000);
      // fetched at 2000, run started at 5000: due again now, at depth 1
      assertThat(f.admissions().offer(LIST_2, "kakuu", FrontierKind.LIST, 1, null, null, 6_000, 5_000)).isFalse();
      assertThat(FrontierRowsForTests.nextFetchAt(db, LIST_2)).isEqualTo(6_000L);
      assertThat(f.get(LIST_2).depth()).isEqualTo(1);
      // already fetched in this run (at 7000 > run start 5000): left alone
      f.outcomes().complete(LIST_2, "done", 200, null, null, false, null, 7_000);
      f.admissions().offer(LIST_2, "kakuu", FrontierKind.LIST, 1, null, null, 8_000, 5_000);
      assertThat(FrontierRowsForTests.nextFetchAt(db, LIST_2)).isNull();
    }
  }

  @Test
  void refresh_never_revives_a_gone_page() {
    try (Database db = Database.open(dir)) {
      Frontier f = new Frontier(db);
      f.admissions().offer(LIST_2, "kakuu", FrontierKind.LIST, 1, null, null, 1_000, 0);
      f.outcomes().complete(LIST_2, "gone", 404, null, null, true, null, 2_000);
      f.admissions().offer(LIST_2, "kakuu", FrontierKind.LIST, 1, null, null, 6_000, 5_000);
      assertThat(FrontierRowsForTests.nextFetchAt(db, LIST_2)).isNull();
    }
  }

  @Test
  void reseeding_makes_the_source_url_due_now_and_keeps_its_validators() {
    try (Database db = Database.open(dir)) {
      Frontier f = new Frontier(db);
      f.admissions().seed(FEED, "kakuu", FrontierKind.FEED, 1_000);
      f.outcomes().complete(FEED, "done", 200, "\"feed-v1\"", "Thu, 30 Oct 2025 01:00:00 GMT", false, null, 2_000);
      f.admissions().seed(FEED, "kakuu-renamed", FrontierKind.FEED, 3_000);
      FrontierEntry e = f.get(FEED);
      assertThat(e.sourceId()).isEqualTo("kakuu-renamed");
      assertThat(e.etag()).isEqualTo("\"feed-v1\"");
      assertThat(e.lastModified()).isEqualTo("Thu, 30 Oct 2025 01:00:00 GMT");
      assertThat(FrontierRowsForTests.nextFetchAt(db, FEED)).isEqualTo(3_000L);
      assertThat(f.size()).isEqualTo(1);
    }
  }
}
