package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Matching (variants, width, long vowels, kana, romaji), facets, filters, sorting and paging. */
class CaseSearcherTest {
  @TempDir static Path dir;
  static CaseIndex index;
  static CaseSearcher searcher;

  @BeforeAll
  static void build() {
    index = new CaseIndex(dir);
    IndexFixture.build(index);
    searcher = new CaseSearcher(index);
  }

  @AfterAll
  static void close() {
    index.close();
  }

  static List<String> ids(String q) {
    return searcher.search(SearchRequest.query(q)).hits().stream().map(SearchResult.Hit::id).toList();
  }

  static SearchResult search(String q, String type, String year, String tag, String org, LocalDate from,
      LocalDate to, Long min, String sort, int page, int size) {
    return searcher.search(new SearchRequest(q, type, year, tag, org, from, to, min, sort, page, size));
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource(delimiter = '|', value = {
    "漏えい|c01 c09 c12 c17 c24", "漏洩|c01 c09 c12 c17 c24", "ランサムウェア|c02 c11 c16", "ランサムウエア|c02 c11 c16",
    "ﾗﾝｻﾑｳｪｱ|c02 c11 c16", "改竄|c01 c10 c17 c18", "改ざん|c01 c10 c17 c18", "不正ログイン|c07", "エモテット|c08",
    "EMOTET|c08", "ウイルス|c23", "コンピューター|c23", "ｸﾚｼﾞｯﾄｶｰﾄﾞ|c01 c09 c17", "サーバー|c01 c04 c18",
    "ｻｰﾊﾞ|c01 c04 c18", "誤送信|c06 c21", "セキュリティー|c22", "彩雲堂|c24", "雲堂|c24"})
  void variants_width_and_long_vowels_match(String q, String expected) {
    assertThat(ids(q)).as(q).containsExactlyInAnyOrder(expected.split(" "));
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource(delimiter = '|', value = {
    "みどりでんき|c01 c21", "ミドリデンキ|c01 c21", "ﾐﾄﾞﾘﾃﾞﾝｷ|c01 c21", "midoridenki|c01 c21", "さくらがわぶつりゅう|c04",
    "sakuragawa|c04", "とうきょうでーた|c06", "トウキョウデータ|c06", "tokyodeta|c06", "あおぞらかい|c02",
    "ひかりしんようきんこ|c05"})
  void organisation_names_match_in_kana_and_romaji(String q, String expected) {
    assertThat(ids(q)).as(q).containsExactlyInAnyOrder(expected.split(" "));
  }

  @Test
  void kana_and_text_words_combine() {
    assertThat(ids("みどりでんき 誤送信")).containsExactly("c21");
    assertThat(ids("みどりでんき 不正アクセス")).containsExactly("c01");
  }

  @Test
  void empty_query_lists_everything_newest_first_with_facets() {
    SearchResult all = searcher.search(SearchRequest.query(""));
    assertThat(all.total()).isEqualTo(24);
    assertThat(all.hits().get(0).id()).isEqualTo("c21");
    assertThat(all.hits()).extracting(SearchResult.Hit::firstDate).isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(all.facets().get("type")).contains(new SearchResult.FacetValue("unauthorized_access", 8),
        new SearchResult.FacetValue("ransomware", 3));
    assertThat(all.facets().get("year")).contains(new SearchResult.FacetValue("2025", 16));
    assertThat(all.facets().get("org")).contains(new SearchResult.FacetValue("株式会社ミドリ電機", 2));
    assertThat(all.facets().get("count_bucket")).contains(new SearchResult.FacetValue("10万〜100万件未満", 2),
        new SearchResult.FacetValue("不明", 10));
  }

  @Test
  void facets_count_only_matching_cases() {
    SearchResult r = searcher.search(SearchRequest.query("ランサムウェア"));
    assertThat(r.facets().get("type")).containsExactly(new SearchResult.FacetValue("ransomware", 3));
    assertThat(r.facets().get("tag")).contains(new SearchResult.FacetValue("医療", 2), new SearchResult.FacetValue("製造業", 1));
  }

  @Test
  void without_facets_the_hits_and_exact_total_are_the_same() {
    for (String q : new String[] {"漏えい", "", "クラウド 設定ミス"}) {
      SearchRequest with = new SearchRequest(q, null, null, null, null, null, null, null, null, 1, 3);
      SearchResult a = searcher.search(with);
      SearchResult b = searcher.search(with.withFacets(false));
      assertThat(b.total()).as(q).isEqualTo(a.total()).isPositive();
      assertThat(b.hits()).as(q).isEqualTo(a.hits());
      assertThat(b.facets()).as(q).isEmpty();
    }
  }

  @Test
  void browsing_the_same_filters_again_gives_the_same_counts_in_any_sort() {
    SearchResult first = search("", "ransomware", null, null, null, null, null, null, "newest", 1, 2);
    SearchResult again = search("", "ransomware", null, null, null, null, null, null, "largest", 2, 2);
    assertThat(again.total()).isEqualTo(first.total()).isEqualTo(3);
    assertThat(again.facets()).isEqualTo(first.facets());
    assertThat(again.hits()).hasSize(1).doesNotContainAnyElementsOf(
        search("", "ransomware", null, null, null, null, null, null, "largest", 1, 2).hits());
  }

  @Test
  void filters_narrow_the_results() {
    assertThat(search("", "ransomware", null, null, null, null, null, null, null, 1, 20).total()).isEqualTo(3);
    assertThat(search("", null, "2024", null, null, null, null, null, null, 1, 20).total()).isEqualTo(6);
    assertThat(search("", null, null, "ECサイト", null, null, null, null, null, 1, 20).total()).isEqualTo(4);
    assertThat(search("", null, null, null, "株式会社ミドリ電機", null, null, null, null, 1, 20).total()).isEqualTo(2);
    SearchResult big = search("", null, null, null, null, null, null, 50_000L, null, 1, 20);
    assertThat(big.hits()).extracting(SearchResult.Hit::id).containsExactlyInAnyOrder("c04", "c12", "c15");
    SearchResult range = search("", null, null, null, null, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 30),
        null, null, 1, 20);
    assertThat(range.hits()).extracting(SearchResult.Hit::id).containsExactlyInAnyOrder("c02", "c06", "c20", "c24");
    assertThat(search("不正アクセス", "unauthorized_access", "2025", null, null, null, null, 10_000L, null, 1, 20).hits())
        .extracting(SearchResult.Hit::id).containsExactlyInAnyOrder("c01", "c12");
  }

  @Test
  void largest_sorts_by_affected_count_and_unknown_counts_last() {
    List<SearchResult.Hit> hits = search("", null, null, null, null, null, null, null, "largest", 1, 24).hits();
    assertThat(hits.get(0).id()).isEqualTo("c04");
    assertThat(hits.get(1).id()).isEqualTo("c12");
    assertThat(hits.get(23).affectedCount()).isNull();
  }

  @Test
  void pages_do_not_overlap_and_cover_everything() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int page = 1; page <= 5; page++) {
      SearchResult r = search("", null, null, null, null, null, null, null, "newest", page, 5);
      assertThat(r.total()).isEqualTo(24);
      r.hits().forEach(h -> assertThat(seen.add(h.id())).as("duplicate " + h.id()).isTrue());
    }
    assertThat(seen).hasSize(24);
    assertThat(search("", null, null, null, null, null, null, null, null, 9, 5).hits()).isEmpty();
  }

  @Test
  void snippets_mark_matches_and_escape_text() {
    String snippet = searcher.search(SearchRequest.query("漏えい")).hits().stream().filter(h -> h.id().equals("c12"))
        .findFirst().orElseThrow().snippet();
    assertThat(snippet).contains("<mark>漏洩</mark>");
  }

  @Test
  void misuse_is_rejected_with_a_message() {
    assertThatThrownBy(() -> search("", null, null, null, null, null, null, null, null, 0, 20))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page");
    assertThatThrownBy(() -> search("", null, null, null, null, null, null, null, null, 1000, 100))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10000");
  }
}
