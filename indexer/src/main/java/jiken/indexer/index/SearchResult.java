package jiken.indexer.index;

import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest} ({@code GET /api/search} shape).
 *
 * <p>A text search matching many cases (more than {@link CaseSearcher}'s exact limit, tens of
 * thousands at least) is counted on a sample of the index, not hit by hit: then {@code total} is an
 * estimate rounded to two significant figures ({@code totalExact} false) and the facet counts are
 * estimates too ({@code facetsSampled} true). Every other search, and every search without text, is
 * counted exactly. The hits themselves are always the exact top of the ranking.
 *
 * @param total number of matching cases (an estimate when {@code totalExact} is false)
 * @param hits this page of hits
 * @param facets per dimension, values with counts, most frequent first (empty when the request asked
 *     for no facets)
 * @param totalExact whether {@code total} was counted exactly
 * @param facetsSampled whether the facet counts were estimated from a sample of the matches
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets, boolean totalExact,
    boolean facetsSampled) {
  /** An exactly counted result. */
  public SearchResult(long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {
    this(total, hits, facets, true, false);
  }

  /** One matching case; {@code snippet} is HTML-escaped text with {@code <mark>} around matches. */
  public record Hit(String id, String title, String snippet, List<Map<String, String>> organizations,
      List<String> incidentTypes, String firstDate, String lastDate, Map<String, Object> affectedCount,
      List<String> tags) {}

  /** A facet value and how many matching cases have it. */
  public record FacetValue(String value, long count) {}
}
