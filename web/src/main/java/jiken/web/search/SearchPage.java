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
