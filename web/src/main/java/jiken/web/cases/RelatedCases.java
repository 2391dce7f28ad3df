package jiken.web.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jiken.indexer.cases.CaseLink;
import jiken.indexer.cases.CaseRecord;
import jiken.indexer.cases.Labels;
import jiken.indexer.index.SearchRequest;
import jiken.indexer.index.SearchResult;
import jiken.web.WebContext;

/**
 * The related cases of one case, each with its reasons in words: stored links (vendor → victim,
 * same organisation, editors' links) and cases of the same incident type within
 * {@value #PERIOD_DAYS} days. Stateless.
 */
public final class RelatedCases {
  static final int PERIOD_DAYS = 30;
  private static final int MAX = 10;

  private RelatedCases() {}

  /** One related case. */
  public record Related(String id, String title, List<String> reasons, double score, String kind, String direction) {}

  public static List<Related> of(WebContext web, CaseRecord c) {
    Map<String, Related> out = new LinkedHashMap<>();
    for (CaseLink l : web.links().linksOf(c.id())) {
      String other = l.other(c.id());
      String direction = l.kind().equals(CaseLink.VENDOR_OF) ? (l.fromCase().equals(c.id()) ? "victim" : "vendor") : "";
      double score = switch (l.kind()) {
        case CaseLink.VENDOR_OF -> 1.0;
        case CaseLink.SAME_ORG -> 0.8;
        default -> 0.7;
      };
      web.cases().get(other).ifPresent(r -> merge(out, new Related(r.id(), r.title(), List.of(l.reason()), score,
          l.kind(), direction)));
    }
    LocalDate first = day(c.firstDate());
    if (first != null) {
      for (String type : c.incidentTypes()) {
        SearchRequest req = new SearchRequest("", type, null, null, null, first.minusDays(PERIOD_DAYS),
            first.plusDays(PERIOD_DAYS), null, "newest", 1, 5);
        for (SearchResult.Hit h : web.searcher().search(req).hits()) {
          if (!h.id().equals(c.id())) {
            merge(out, new Related(h.id(), h.title(),
                List.of("同時期(前後" + PERIOD_DAYS + "日)の同じ種類の事案: " + Labels.incidentType(type)), 0.3, "period", ""));
          }
        }
      }
    }
    List<Related> list = new ArrayList<>(out.values());
    list.sort(Comparator.comparingDouble(Related::score).reversed());
    return list.size() > MAX ? list.subList(0, MAX) : list;
  }

  private static void merge(Map<String, Related> out, Related r) {
    Related old = out.get(r.id());
    if (old == null) {
      out.put(r.id(), r);
      return;
    }
    List<String> reasons = new ArrayList<>(old.reasons());
    r.reasons().stream().filter(x -> !reasons.contains(x)).forEach(reasons::add);
    boolean keepOld = old.score() >= r.score();
    out.put(r.id(), new Related(r.id(), old.title(), reasons, Math.min(1.0, Math.max(old.score(), r.score()) + 0.05),
        keepOld ? old.kind() : r.kind(), keepOld ? old.direction() : r.direction()));
  }

  private static LocalDate day(String iso) {
    try {
      return iso == null ? null : LocalDate.parse(iso.length() == 7 ? iso + "-01" : iso.length() == 4 ? iso + "-01-01" : iso);
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
