package jiken.indexer.index;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest} ({@code GET /api/search} shape).
 *
 * @param total number of matching cases
 * @param hits this page of hits
 * @param facets per dimension, values with counts, most frequent first (empty when the request asked
 *     for no facets)
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {
  /** One matching case; {@code snippet} is HTML-escaped text with {@code <mark>} around matches. */
  public record Hit(String id, String title, String snippet, List<Map<String, String>> organizations,
      List<String> incidentTypes, String firstDate, String lastDate, Map<String, Object> affectedCount,
      List<String> tags) {}

  /** A facet value and how many matching cases have it. */
  public record FacetValue(String value, long count) {}
}
