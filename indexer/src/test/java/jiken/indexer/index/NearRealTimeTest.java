package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running {@code serve} sees what another process ({@code jiken index}, simulated by a second
 * {@link CaseIndex} on the same directory) commits, once it refreshes: no restart.
 */
class NearRealTimeTest {
  @TempDir Path dir;

  @Test
  void a_searcher_sees_another_writers_commit_after_refresh() {
    try (CaseIndex serving = new CaseIndex(dir)) {
      CaseSearcher searcher = new CaseSearcher(serving);
      OrgSuggester suggester = new OrgSuggester(searcher);
      assertThat(searcher.search(SearchRequest.query("")).total()).isZero(); // no index yet: empty, no error
      try (CaseIndex other = new CaseIndex(dir)) {
        IndexFixture.build(other);
      }
      serving.refreshNow();
      assertThat(searcher.search(SearchRequest.query("")).total()).isEqualTo(24);
      assertThat(searcher.search(SearchRequest.query("")).facets().get("type")).isNotEmpty();

      try (CaseIndex other = new CaseIndex(dir)) {
        other.write(b -> b.update(IndexFixture.record("c50", "2026-03-01", List.of("株式会社ニジイロ製菓"),
            List.of("unauthorized_access"), 99L, List.of(), List.of("新着"), "ニジイロ製菓に<b>不正アクセス</b>",
            "ニジイロ製菓は<script>x</script>不正アクセスを公表した。"), List.of()));
      }
      serving.refreshNow();
      SearchResult r = searcher.search(SearchRequest.query("ニジイロ"));
      assertThat(r.hits()).extracting(SearchResult.Hit::id).containsExactly("c50");
      assertThat(r.hits().get(0).snippet()).contains("<mark>").doesNotContain("<script>").contains("&lt;script&gt;");
      assertThat(searcher.search(SearchRequest.query("")).facets().get("tag"))
          .contains(new SearchResult.FacetValue("新着", 1));
      assertThat(suggester.suggest("にじいろ", 3)).extracting(OrgSuggester.Suggestion::name)
          .containsExactly("株式会社ニジイロ製菓");

      try (CaseIndex other = new CaseIndex(dir)) {
        other.write(Batch -> Batch.deleteAll()); // reindex starts from scratch
      }
      serving.refreshNow();
      assertThat(searcher.search(SearchRequest.query("")).total()).isZero();
      assertThat(suggester.suggest("にじいろ", 3)).isEmpty();
    }
  }

  @Test
  void the_throttled_refresh_picks_changes_up_within_its_interval() throws InterruptedException {
    try (CaseIndex serving = new CaseIndex(dir); CaseIndex other = new CaseIndex(dir)) {
      IndexFixture.build(serving);
      CaseSearcher searcher = new CaseSearcher(serving);
      other.write(b -> b.delete("c01"));
      // Not a timing assertion: we wait past the interval, then one refresh must see the commit.
      Thread.sleep(CaseIndex.REFRESH_INTERVAL_MS + 50);
      serving.refresh();
      assertThat(searcher.search(SearchRequest.query("")).total()).isEqualTo(23);
    }
  }
}
