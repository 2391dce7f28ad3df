package jiken.crawler.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FrontierScheduleTest {
  static final String HOST_A = "http://kakuu-news.test";
  static final String HOST_B = "https://hibari-blog.test";
  static final List<String> SOURCES = List.of("kakuu", "hibari");

  @TempDir Path dir;

  @Test
  void link_pages_come_before_articles_then_by_due_time_then_by_url() {
    try (Database db = Database.open(dir)) {
      Frontier f = new Frontier(db);
      f.admissions().offer(HOST_A + "/b.html", "kakuu", FrontierKind.ARTICLE, 0, null, null, 100, 0);
      f.admissions().offer(HOST_A + "/a.html", "kakuu", FrontierKind.ARTICLE, 0, null, null, 100, 0);
      f.admissions().offer(HOST_A + "/early.html", "kakuu", FrontierKind.ARTICLE, 0, null, null, 50, 0);
      f.admissions().seed(HOST_A + "/feed", "kakuu", FrontierKind.FEED, 200);
      List<FrontierEntry> due = f.schedule().due("kakuu-news.test:80", SOURCES, 1_000, 1_000, 10);
      assertThat(due).extracting(FrontierEntry::url).containsExactly(HOST_A + "/feed", HOST_A + "/early.html",
          HOST_A + "/a.html", HOST_A + "/b.html");
      assertThat(f.schedule().due("kakuu-news.test:80", SOURCES, 1_000, 1_000, 2)).hasSize(2);
    }
  }

  @Test
  void only_entries_due_by_now_of_the_run_sources_count() {
    try (Database db = Database.open(dir)) {
      Frontier f = new Frontier(db);
      f.admissions().offer(HOST_A + "/1.html", "kakuu", FrontierKind.ARTICLE, 0, null, null, 100, 0);
      f.admissions().offer(HOST_B + "/2.html", "hibari", FrontierKind.ARTICLE, 0, null, null, 100, 0);
      f.admissions().offer(HOST_B + "/later.html", "hibari", FrontierKind.ARTICLE, 0, null, null, 5_000, 0);
      f.admissions().offer(HOST_A + "/other.html", "not-in-run", FrontierKind.ARTICLE, 0, null, null, 100, 0);
      FrontierSchedule s = f.schedule();
      assertThat(s.dueHosts(SOURCES, 1_000, 1_000)).containsExactlyInAnyOrder("kakuu-news.test:80", "hibari-blog.test:443");
      assertThat(s.dueHosts(List.of("hibari"), 1_000, 1_000)).containsExactly("hibari-blog.test:443");
      assertThat(s.countDue(SOURCES, 1_000, 1_000)).isEqualTo(2);
      assertThat(s.earliestDue(List.of("hibari"), 1_000)).isEqualTo(100L);
      assertThat(s.dueHosts(List.of(), 1_000, 1_000)).isEmpty();
      assertThat(s.countDue(List.of(), 1_000, 1_000)).isZero();
    }
  }

  @Test
  void an_entry_finished_in_this_run_is_not_due_again_in_it_but_a_retry_is() {
    try (Database db = Database.open(dir)) {
      Frontier f = new Frontier(db);
      String done = HOST_A + "/done.html";
      String retry = HOST_A + "/retry.html";
      f.admissions().offer(done, "kakuu", FrontierKind.ARTICLE, 0, null, null, 100, 0);
      f.admissions().offer(retry, "kakuu", FrontierKind.ARTICLE, 0, null, null, 100, 0);
      long runStart = 1_000;
      // finished in this run with a revisit that is already due
      f.outcomes().complete(done, "done", 200, null, null, false, 1_200L, 1_100);
      f.outcomes().fail(retry, "retry", 503, "503 Service Unavailable", 1_200L, 1_100);
      FrontierSchedule s = f.schedule();
      assertThat(s.due("kakuu-news.test:80", SOURCES, 2_000, runStart, 10)).extracting(FrontierEntry::url)
          .containsExactly(retry);
      // the next run sees it again
      assertThat(s.due("kakuu-news.test:80", SOURCES, 3_000, 3_000, 10)).extracting(FrontierEntry::url)
          .containsExactly(done, retry);
    }
  }

  @Test
  void nothing_scheduled_means_no_wake_up_time() {
    try (Database db = Database.open(dir)) {
      Frontier f = new Frontier(db);
      String gone = HOST_A + "/gone.html";
      f.admissions().offer(gone, "kakuu", FrontierKind.ARTICLE, 0, null, null, 100, 0);
      f.outcomes().complete(gone, "gone", 410, null, null, true, null, 200);
      assertThat(f.schedule().earliestDue(SOURCES, 0)).isNull();
      assertThat(f.schedule().earliestDue(List.of(), 0)).isNull();
    }
  }
}
