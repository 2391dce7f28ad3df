package jiken.web.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import jiken.indexer.index.SearchRequest;

/** Parses the benchmark's query strings ({@code q=…&type=…}) into requests, as the API would. */
final class Requests {
  private Requests() {}

  static SearchRequest parse(String query) {
    Map<String, String> p = new HashMap<>();
    for (String kv : query.split("&")) {
      int eq = kv.indexOf('=');
      if (eq > 0) {
        p.put(kv.substring(0, eq), kv.substring(eq + 1));
      }
    }
    return new SearchRequest(p.get("q"), p.get("type"), p.get("year"), p.get("tag"), p.get("org"),
        p.containsKey("from") ? LocalDate.parse(p.get("from")) : null, p.containsKey("to") ? LocalDate.parse(p.get("to")) : null,
        p.containsKey("min_count") ? Long.valueOf(p.get("min_count")) : null, p.get("sort"),
        Integer.parseInt(p.getOrDefault("page", "1")), 20, !"false".equals(p.get("facets")));
  }
}
