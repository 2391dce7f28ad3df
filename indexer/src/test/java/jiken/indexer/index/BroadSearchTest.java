package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jiken.indexer.cases.CaseRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broad text searches: counted on a sample above the exact limit (estimated total and facets,
 * exact hits), exactly below it, and the same from the per-reader cache as without it. The corpus is
 * 3,000 generated fictional cases in three segments; the limits are lowered so that it is "broad".
 */
class BroadSearchTest {
  @TempDir static Path dir;
  static CaseIndex index;
  /** Samples above 500 matches, aiming at ~256 candidates; text cache on. */
  static CaseSearcher sampling;
  /** The same limits, no text cache. */
  static CaseSearcher cold;
  /** Never samples. */
  static CaseSearcher exact;

  static final String[] ORGS = {"株式会社ソラノ工務店", "青波運輸株式会社", "医療法人つばめ会", "霧島ネット販売", "株式会社ミナモ書房"};

  @BeforeAll
  static void build() {
    index = new CaseIndex(dir);
    for (int part = 0; part < 3; part++) { // three commits: three segments
      List<CaseRecord> batch = new ArrayList<>();
      for (int i = part * 1000; i < (part + 1) * 1000; i++) {
        batch.add(generated(i));
      }
      index.write(b -> {
        for (CaseRecord r : batch) {
          b.update(r, List.of());
        }
      });
    }
    sampling = new CaseSearcher(index, new CaseSearcher.Tuning(500, 256, 64));
    cold = new CaseSearcher(index, new CaseSearcher.Tuning(500, 256, 0));
    exact = new CaseSearcher(index, new CaseSearcher.Tuning(Long.MAX_VALUE, 256, 0));
  }

  /** Two in three cases are unauthorised access (不正アクセス), one in three ransomware; 2020–2024. */
  static CaseRecord generated(int i) {
    String org = ORGS[i % ORGS.length];
    String date = String.format(java.util.Locale.ROOT, "%d-%02d-%02d", 2020 + i % 5, 1 + i % 12, 1 + i % 28);
    boolean ransomware = i % 3 == 0;
    String title = org + (ransomware ? "でランサムウェア被害" : "に不正アクセス");
    String body = ransomware
        ? org + "はランサムウェアに感染し、受注システムが停止したと発表した。復旧の見通しは立っていない。"
        : org + "は外部から不正アクセスを受け、会員の個人情報が漏えいした可能性があると発表した。";
    if (i % 97 == 0) {
      body += "委託先の保守事業者が管理するサーバーが経由地となった。";
    }
    return IndexFixture.record("g" + i, date, List.of(org), List.of(ransomware ? "ransomware" : "unauthorized_access"),
        (long) (10 + i), List.of(), List.of(), title, body);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  static SearchRequest request(String q, String sort, int page, boolean facets) {
    return new SearchRequest(q, null, null, null, null, null, null, null, sort, page, 10, facets);
  }

  @Test
  void a_broad_search_is_estimated_but_its_hits_are_exact() {
    SearchResult estimated = sampling.search(request("不正アクセス", null, 1, true));
    SearchResult counted = exact.search(request("不正アクセス", null, 1, true));
    assertThat(counted.total()).isEqualTo(2000);
    assertThat(counted.totalExact()).isTrue();
    assertThat(counted.facetsSampled()).isFalse();

    assertThat(estimated.totalExact()).isFalse();
    assertThat(estimated.facetsSampled()).isTrue();
    assertThat((double) estimated.total()).isCloseTo(2000, within(400.0));
    assertThat(estimated.total()).isEqualTo(CaseSearcher.roughly(estimated.total())); // two significant figures
    assertThat(estimated.hits()).isEqualTo(counted.hits());

    Map<String, Long> years = counts(estimated.facets().get("year"));
    assertThat(years).containsOnlyKeys("2020", "2021", "2022", "2023", "2024");
    years.values().forEach(n -> assertThat((double) n).isCloseTo(400, within(150.0)));
    assertThat(estimated.facets().get("type")).extracting(SearchResult.FacetValue::value)
        .containsExactly("unauthorized_access");
  }

  @Test
  void the_same_search_gives_the_same_estimate_with_or_without_the_cache() {
    SearchResult first = sampling.search(request("不正アクセス", null, 1, true));
    SearchResult cached = sampling.search(request("不正アクセス", null, 1, true));
    SearchResult uncached = cold.search(request("  不正アクセス ", null, 1, true));
    assertThat(cached).isEqualTo(first);
    assertThat(uncached).isEqualTo(first);
    SearchResult page2 = sampling.search(request("不正アクセス", null, 2, true));
    assertThat(page2.total()).isEqualTo(first.total());
    assertThat(page2.hits()).doesNotContainAnyElementsOf(first.hits());
    assertThat(page2.hits()).isEqualTo(exact.search(request("不正アクセス", null, 2, true)).hits());
  }

  @Test
  void small_result_sets_stay_exact() {
    for (CaseSearcher s : new CaseSearcher[] {sampling, cold}) {
      SearchResult r = s.search(request("委託先", null, 1, true));
      assertThat(r.total()).isEqualTo(31); // every 97th of 3,000
      assertThat(r.totalExact()).isTrue();
      assertThat(r.facetsSampled()).isFalse();
      assertThat(r.facets().get("type").stream().mapToLong(SearchResult.FacetValue::count).sum()).isEqualTo(31);
    }
  }

  @Test
  void browsing_is_always_exact() {
    SearchResult all = sampling.search(request("", null, 1, true));
    assertThat(all.total()).isEqualTo(3000);
    assertThat(all.totalExact()).isTrue();
    assertThat(counts(all.facets().get("type"))).containsEntry("unauthorized_access", 2000L)
        .containsEntry("ransomware", 1000L);
  }

  @Test
  void sorted_broad_searches_are_in_order() {
    for (String sort : new String[] {"newest", "largest"}) {
      SearchResult r = sampling.search(request("不正アクセス", sort, 1, false));
      SearchResult e = exact.search(request("不正アクセス", sort, 1, false));
      assertThat(r.facets()).isEmpty();
      assertThat(r.totalExact()).isFalse();
      if (sort.equals("newest")) {
        assertThat(r.hits()).extracting(SearchResult.Hit::firstDate).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(r.hits().get(0).firstDate()).isEqualTo(e.hits().get(0).firstDate());
      } else {
        assertThat(r.hits()).extracting(h -> ((Number) h.affectedCount().get("value")).longValue())
            .isSortedAccordingTo((a, b) -> Long.compare(b, a)).startsWith(3009L); // the last generated, 10 + 2999
      }
    }
  }

  @Test
  void sample_rate_follows_the_query_cost() {
    assertThat(MatchSample.rate(100, 256)).isEqualTo(1);
    assertThat(MatchSample.rate(4000, 256)).isEqualTo(16);
    assertThat(MatchSample.rate(10_000_000, 256)).isEqualTo(MatchSample.MAX_RATE);
    assertThat(CaseSearcher.roughly(142_089)).isEqualTo(140_000);
    assertThat(CaseSearcher.roughly(65_202)).isEqualTo(65_000);
    assertThat(CaseSearcher.roughly(99)).isEqualTo(99);
  }

  static Map<String, Long> counts(List<SearchResult.FacetValue> values) {
    Map<String, Long> m = new java.util.HashMap<>();
    values.forEach(v -> m.put(v.value(), v.count()));
    return m;
  }
}
