package jiken.indexer.index;

import java.time.LocalDate;

/**
 * A case search. Construct through {@link #SearchRequest}: it rejects values no caller should send
 * (negative page, size over {@value #MAX_SIZE}, paging deeper than {@value #MAX_WINDOW} hits, which
 * would make every such request hold a huge priority queue) with {@link IllegalArgumentException},
 * which the web layer turns into a 400.
 *
 * @param q free text (may be blank: all cases)
 * @param type incident type filter or null
 * @param year year filter ("2025") or null
 * @param tag tag filter or null
 * @param org organisation filter (exact name) or null
 * @param from earliest first date (inclusive) or null
 * @param to latest first date (inclusive) or null
 * @param minCount minimum affected count or null
 * @param sort {@code relevance}, {@code newest} or {@code largest}
 * @param page 1-based page
 * @param size hits per page
 * @param facets whether to count facets (false for callers that only page through hits, such as a
 *     results page after the first: the cheapest searches skip counting every hit)
 */
public record SearchRequest(String q, String type, String year, String tag, String org, LocalDate from,
    LocalDate to, Long minCount, String sort, int page, int size, boolean facets) {
  public static final int MAX_SIZE = 100;
  public static final int MAX_QUERY_CHARS = 1000;
  public static final int MAX_WINDOW = 10_000;

  public SearchRequest {
    q = q == null ? "" : q.strip();
    if (q.length() > MAX_QUERY_CHARS) {
      throw new IllegalArgumentException("query too long (max " + MAX_QUERY_CHARS + " characters)");
    }
    sort = sort == null || sort.isBlank() ? (q.isEmpty() ? "newest" : "relevance") : sort;
    if (!sort.equals("relevance") && !sort.equals("newest") && !sort.equals("largest")) {
      throw new IllegalArgumentException("sort must be relevance, newest or largest");
    }
    if (page < 1 || page > 10_000) {
      throw new IllegalArgumentException("page must be between 1 and 10000");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
    }
    if ((long) page * size > MAX_WINDOW) {
      throw new IllegalArgumentException("page × size must not exceed " + MAX_WINDOW + " (narrow the search instead)");
    }
    if (year != null && !year.matches("\\d{4}")) {
      throw new IllegalArgumentException("year must be four digits");
    }
    if (minCount != null && minCount < 0) {
      throw new IllegalArgumentException("min_count must not be negative");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new IllegalArgumentException("from is after to");
    }
  }

  /** A request with facets counted. */
  public SearchRequest(String q, String type, String year, String tag, String org, LocalDate from, LocalDate to,
      Long minCount, String sort, int page, int size) {
    this(q, type, year, tag, org, from, to, minCount, sort, page, size, true);
  }

  /** This request with facet counting switched on or off. */
  public SearchRequest withFacets(boolean on) {
    return on == facets ? this : new SearchRequest(q, type, year, tag, org, from, to, minCount, sort, page, size, on);
  }

  public static SearchRequest query(String q) {
    return new SearchRequest(q, null, null, null, null, null, null, null, null, 1, 20);
  }
}
