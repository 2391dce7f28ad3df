package jiken.web.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import jiken.indexer.index.CaseIndex;
import jiken.indexer.index.CaseSearcher;
import jiken.indexer.index.SearchRequest;
import jiken.indexer.index.SearchResult;
import jiken.web.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench index --style reports}: one case per incident report (follow-ups included, the
 * non-incident one in ten left out), with distinct ids, a lead summary and the report as its text;
 * the default style is the short template cases as before; and the command indexes searchable cases.
 */
class ReportCasesTest {
  @Test
  void one_case_per_incident_report_with_distinct_ids_and_a_lead_summary() {
    ReportCases gen = new ReportCases(3);
    Set<String> ids = new HashSet<>();
    int followUps = 0;
    for (int i = 0; i < 2_000; i++) {
      ReportCases.Case c = gen.next();
      assertThat(ids.add(c.record().id())).as("id %s is new", c.record().id()).isTrue();
      String org = c.record().organizations().get(0).name();
      assertThat(c.text()).contains(org).doesNotContain("セミナーを開催", "新社長の就任");
      assertThat(c.record().summary()).isNotBlank().hasSizeLessThan(ReportCases.SUMMARY_CHARS + 200);
      assertThat(c.text()).startsWith(c.record().summary().substring(0, 10));
      assertThat(c.record().articles()).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo(c.record().title()));
      assertThat(c.record().lastDate()).isGreaterThanOrEqualTo(c.record().firstDate());
      followUps += c.record().id().endsWith("-f") ? 1 : 0;
    }
    assertThat(followUps).as("one incident in eight has a follow-up").isBetween(150, 320);
  }

  @Test
  void the_same_seed_gives_the_same_cases_and_short_is_the_template_corpus() {
    var a = ReportCases.generator("reports", 5);
    var b = ReportCases.generator("reports", 5);
    for (int i = 0; i < 200; i++) {
      assertThat(b.get()).isEqualTo(a.get());
    }
    SyntheticIncidents incidents = new SyntheticIncidents(5);
    var shortCases = ReportCases.generator("short", 5);
    for (int i = 0; i < 50; i++) {
      SyntheticIncidents.Article article = incidents.next();
      ReportCases.Case c = shortCases.get();
      assertThat(c.record()).isEqualTo(article.truth());
      assertThat(c.text()).isEqualTo(article.text());
    }
    assertThatThrownBy(() -> ReportCases.generator("long", 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void summary_takes_whole_lead_sentences_and_skips_notice_headings() {
    String text = "架空電機は5月1日、不正アクセスを受けたと発表した。".repeat(5) + "\n■経緯\n" + "調べた。".repeat(40);
    String s = ReportCases.summary(text);
    assertThat(s).startsWith("架空電機は5月1日").endsWith("と発表した。").doesNotContain("■");
    assertThat(ReportCases.summary("短い。\n■経緯\n次の文。")).isEqualTo("短い。次の文。");
  }

  @Test
  void bench_index_with_reports_builds_a_searchable_index(@TempDir Path dir) {
    assertThat(Main.commandLine().execute("bench", "index", "--docs", "300", "--style", "reports",
        "--data-dir", dir.toString())).isZero();
    try (CaseIndex index = new CaseIndex(dir)) {
      CaseSearcher searcher = new CaseSearcher(index);
      assertThat(searcher.search(SearchRequest.query("")).total()).isEqualTo(300);
      SearchResult hits = searcher.search(SearchRequest.query("問い合わせ窓口"));
      assertThat(hits.total()).isPositive();
      assertThat(hits.hits().get(0).snippet()).contains("<mark>");
    }
  }
}
