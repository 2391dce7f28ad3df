package jiken.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jiken.indexer.index.SearchRequest;
import jiken.indexer.index.SearchResult;
import org.junit.jupiter.api.Test;

/** How the results page words exact and estimated counts. */
class SearchPageTest {
  static SearchPage page(SearchResult r) {
    return new SearchPage(false, true, SearchRequest.query("不正アクセス"), r, List.of());
  }

  @Test
  void exact_counts_read_as_before() {
    SearchResult r = new SearchResult(24, List.of(), Map.of("type", List.of(new SearchResult.FacetValue("ransomware", 3))));
    assertThat(page(r).totalLabel()).isEqualTo("24 件の事案");
    assertThat(page(r).count(r.facets().get("type").get(0))).isEqualTo("3");
  }

  @Test
  void estimates_read_as_approximate_in_japanese_units() {
    SearchResult r = new SearchResult(140_000, List.of(), Map.of(), false, true);
    assertThat(page(r).totalLabel()).isEqualTo("約14万件の事案");
    assertThat(page(r).count(new SearchResult.FacetValue("2021", 25_000))).isEqualTo("約2.5万");
    assertThat(page(r).count(new SearchResult.FacetValue("医療", 1_200))).isEqualTo("約1,200");
    assertThat(SearchPage.approx(1_200_000)).isEqualTo("120万");
    assertThat(page(r).lastPage()).isEqualTo(SearchRequest.MAX_WINDOW / 20); // paging stays capped
  }
}
