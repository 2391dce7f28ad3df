package jiken.web.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jiken.indexer.cases.CaseRecord;
import jiken.indexer.index.SearchResult;

/**
 * A case record in the shape of a search hit (CSV rows of one case, case lists built from the
 * store); the snippet is the HTML-escaped summary, as the searcher would give. Stateless.
 */
public final class CaseHits {
  private CaseHits() {}

  public static SearchResult.Hit of(CaseRecord c) {
    Map<String, Object> count = null;
    if (c.affectedCount() != null) {
      count = new LinkedHashMap<>();
      count.put("value", c.affectedCount().value());
      count.put("text", c.affectedCount().text());
      count.put("as_of", c.affectedCount().asOf());
    }
    List<Map<String, String>> orgs = c.organizations().stream()
        .map(o -> Map.of("name", o.name(), "role", o.role())).toList();
    return new SearchResult.Hit(c.id(), c.title(), escape(c.summary()), orgs, c.incidentTypes(), c.firstDate(), c.lastDate(), count,
        c.tags());
  }

  private static String escape(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}
