package jiken.web.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jiken.indexer.cases.CaseLink;
import jiken.indexer.cases.CaseRecord;
import jiken.indexer.cases.Labels;
import jiken.indexer.cases.SimilarCases;
import jiken.indexer.index.SearchRequest;
import jiken.indexer.index.SearchResult;
import jiken.web.WebContext;

/**
 * The related cases of one case, each with its reasons in words and a score in [0, 1]: stored
 * links (vendor → victim 1.0, editors' links 0.9, same organisation 0.8), similar text
 * ({@link SimilarCases}, 0.2–0.6) and cases of the same incident type within {@value #PERIOD_DAYS}
 * days (0.3). A type shared by more than {@value #PERIOD_CAP} other cases in that window is too
 * common to relate anything by itself (MISP's "Trojan horse" problem): then only cases that also
 * share a meaningful tag are listed. A case related for several reasons lists them all and scores
 * a little higher. Stateless; thread-safe.
 */
public final class RelatedCases {
  static final int PERIOD_DAYS = 30;
  static final int PERIOD_CAP = 3;
  private static final int MAX = 10;
  private static final int SIMILAR = 5;
  private static final int SHOWN_TERMS = 5;
  /** Tags nearly every case carries; sharing them is not "something else in common". */
  private static final Set<String> COMMON_TAGS = Set.of("個人情報", "不正アクセス", "その他", "流出未確認", "メールアドレス");

  private RelatedCases() {}

  /** One related case. */
  public record Related(String id, String title, List<String> reasons, double score, String kind, String direction) {}

  public static List<Related> of(WebContext web, CaseRecord c) {
    Map<String, Related> out = new LinkedHashMap<>();
    for (CaseLink l : web.links().linksOf(c.id())) {
      String other = l.other(c.id());
      String direction = l.kind().equals(CaseLink.VENDOR_OF) ? (l.fromCase().equals(c.id()) ? "victim" : "vendor") : "";
      boolean editor = "editor".equals(l.source());
      double score = editor && !l.kind().equals(CaseLink.VENDOR_OF) ? 0.9 : switch (l.kind()) {
        case CaseLink.VENDOR_OF -> 1.0;
        case CaseLink.SAME_ORG -> 0.8;
        default -> 0.7;
      };
      String reason = editor && !l.reason().startsWith("編集者") ? "編集者によるリンク: " + l.reason() : l.reason();
      web.cases().get(other).ifPresent(r -> merge(out, new Related(r.id(), r.title(), List.of(reason), score,
          l.kind(), direction)));
    }
    for (SimilarCases.Similar s : SimilarCases.of(web.index(), c.id(), SIMILAR)) {
      List<String> terms = s.shared().subList(0, Math.min(SHOWN_TERMS, s.shared().size()));
      merge(out, new Related(s.id(), s.title(), List.of("記事の内容が似ている(共通する語: " + String.join("、", terms) + ")"),
          0.2 + 0.4 * s.score(), "similar", ""));
    }
    samePeriod(web, c, out);
    List<Related> list = new ArrayList<>(out.values());
    list.sort(Comparator.comparingDouble(Related::score).reversed());
    return list.size() > MAX ? list.subList(0, MAX) : list;
  }

  /** Cases of the same incident type within {@value #PERIOD_DAYS} days, unless the type is common then. */
  private static void samePeriod(WebContext web, CaseRecord c, Map<String, Related> out) {
    LocalDate first = day(c.firstDate());
    if (first == null) {
      return;
    }
    Set<String> ownTags = new HashSet<>(c.tags());
    ownTags.removeAll(COMMON_TAGS);
    for (String type : c.incidentTypes()) {
      if (type.equals("other")) {
        continue; // "その他" is a residue, not a kind of incident
      }
      SearchRequest req = new SearchRequest("", type, null, null, null, first.minusDays(PERIOD_DAYS),
          first.plusDays(PERIOD_DAYS), null, "newest", 1, PERIOD_CAP + 2);
      SearchResult result = web.search(req);
      boolean common = result.total() - 1 > PERIOD_CAP;
      String label = Labels.incidentType(type);
      for (SearchResult.Hit h : result.hits()) {
        if (h.id().equals(c.id())) {
          continue;
        }
        if (!common) {
          merge(out, new Related(h.id(), h.title(), List.of("同時期(前後" + PERIOD_DAYS + "日)の同じ種類の事案: " + label),
              0.3, "period", ""));
          continue;
        }
        List<String> alsoShared = h.tags().stream().filter(ownTags::contains).filter(t -> !t.equals(label)).toList();
        if (!alsoShared.isEmpty()) {
          merge(out, new Related(h.id(), h.title(), List.of("同時期(前後" + PERIOD_DAYS + "日)の同じ種類の事案: " + label
              + "(" + String.join("、", alsoShared) + "も共通)"), 0.3, "period", ""));
        }
      }
    }
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
