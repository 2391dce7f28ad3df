package jiken.web.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jiken.indexer.index.OrgSuggester;
import jiken.indexer.index.SearchRequest;
import jiken.indexer.index.SearchResult;

/**
 * Model of the search results page; {@code orgs} are organisation names matching the query (kana
 * and romaji too), offered as filters and as the search box's datalist.
 */
public record SearchPage(boolean demo, boolean ready, SearchRequest request, SearchResult result,
    List<OrgSuggester.Suggestion> orgs) {
  public int lastPage() {
    return (int) Math.max(1, Math.min(SearchRequest.MAX_WINDOW / request.size(),
        (result.total() + request.size() - 1) / request.size()));
  }

  /**
   * The result count as the page shows it: 「1234 件の事案」, or 「約14万件の事案」 when the total is an
   * estimate from a sample (broad text searches, see {@link SearchResult#totalExact()}).
   */
  public String totalLabel() {
    long n = result.total();
    return result.totalExact() ? n + " 件の事案" : "約" + approx(n) + "件の事案";
  }

  /** A facet count as shown beside its value: with 「約」 when the facets were counted on a sample. */
  public String count(SearchResult.FacetValue f) {
    return result.facetsSampled() ? "約" + approx(f.count()) : String.valueOf(f.count());
  }

  /** An estimate in Japanese units: 140000 → 14万, 2300 → 2,300. */
  static String approx(long n) {
    if (n >= 10_000 && n % 1_000 == 0) {
      return (n / 10_000) + (n % 10_000 == 0 ? "" : "." + (n % 10_000) / 1_000) + "万";
    }
    return String.format(java.util.Locale.ROOT, "%,d", n);
  }

  /** The URL of this search with one parameter replaced (null or "" removes it) and paging reset. */
  public String with(String name, String value) {
    StringBuilder b = new StringBuilder("/search?q=").append(enc(request.q()));
    append(b, "type", name.equals("type") ? value : request.type());
    append(b, "year", name.equals("year") ? value : request.year());
    append(b, "tag", name.equals("tag") ? value : request.tag());
    append(b, "org", name.equals("org") ? value : request.org());
    append(b, "sort", name.equals("sort") ? value : null);
    if (name.equals("page")) {
      append(b, "page", value);
    }
    return b.toString();
  }

  private static void append(StringBuilder b, String name, String value) {
    if (value != null && !value.isEmpty()) {
      b.append('&').append(name).append('=').append(enc(value));
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
