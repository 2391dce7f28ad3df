package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link CaseSearcher#answersFromCache} says yes exactly when the search would be answered from kept counts and hits. */
class CacheHintTest {
  private static SearchRequest req(String q, String sort, int page) {
    return new SearchRequest(q, null, null, null, null, null, null, null, sort, page, 10);
  }

  @Test
  void kept_counts_and_hits_make_a_search_cheap_until_the_index_changes(@TempDir Path dir) {
    try (CaseIndex index = new CaseIndex(dir)) {
      FacetOrdinalsTest.write(index, 0, 30, "");
      CaseSearcher searcher = new CaseSearcher(index);

      SearchRequest text = req("不正アクセス", null, 1);
      assertThat(searcher.answersFromCache(text)).isFalse();
      searcher.search(text);
      assertThat(searcher.answersFromCache(text)).isTrue();
      assertThat(searcher.answersFromCache(req("不正アクセス", null, 2))).as("another page: ranked again").isFalse();
      assertThat(searcher.answersFromCache(req("不正アクセス", "newest", 1))).as("another sort").isFalse();
      assertThat(searcher.answersFromCache(req("漏えい", null, 1))).isFalse();

      SearchRequest browse = req("", "newest", 3);
      searcher.search(browse);
      assertThat(searcher.answersFromCache(req("", "largest", 1))).as("browse: counts kept, hits cheap").isTrue();

      FacetOrdinalsTest.write(index, 30, 31, "");
      assertThat(searcher.answersFromCache(text)).as("a new reader keeps nothing yet").isFalse();
    }
  }
}
