package jiken.indexer.cases;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Decides which case an incident article belongs to. An article joins a case about the same
 * organisation when their story dates are close: within {@value #SAME_STORY_DAYS} days when the
 * incident types agree (a 続報 weeks later restates the original dates), within
 * {@value #SAME_WEEK_DAYS} days otherwise. Farther apart, the same organisation gets a new case
 * (two incidents months apart stay apart). Not thread-safe: one index run owns it.
 */
final class CaseGrouper {
  static final int SAME_STORY_DAYS = 90;
  static final int SAME_WEEK_DAYS = 14;
  static final int MIN_CONTAINED = 3;

  private final Map<String, CaseKey> cases = new HashMap<>();
  private final Map<String, Set<String>> byOrg = new HashMap<>();

  void put(CaseKey key) {
    remove(key.id());
    cases.put(key.id(), key);
    for (String org : key.orgs()) {
      byOrg.computeIfAbsent(org, k -> new LinkedHashSet<>()).add(key.id());
    }
  }

  void remove(String caseId) {
    CaseKey old = cases.remove(caseId);
    if (old != null) {
      for (String org : old.orgs()) {
        Set<String> ids = byOrg.get(org);
        if (ids != null) {
          ids.remove(caseId);
        }
      }
    }
  }

  private Set<String> candidates(Set<String> orgs) {
    Set<String> ids = new LinkedHashSet<>();
    for (String org : orgs) {
      ids.addAll(byOrg.getOrDefault(org, Set.of()));
    }
    // Containment needs a scan; the key sets are small next to the articles of one run.
    for (Map.Entry<String, Set<String>> e : byOrg.entrySet()) {
      for (String org : orgs) {
        if (sameOrganisation(org, e.getKey())) {
          ids.addAll(e.getValue());
        }
      }
    }
    return ids;
  }

  /** Equal keys, or one containing the other when both are long enough to be a name. */
  static boolean sameOrganisation(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    return a.length() >= MIN_CONTAINED && b.length() >= MIN_CONTAINED && (a.contains(b) || b.contains(a));
  }

  CaseKey get(String caseId) {
    return cases.get(caseId);
  }

  Collection<CaseKey> all() {
    return cases.values();
  }

  /**
   * The case {@code article} belongs to, or null when it opens a new one. Candidates are the cases
   * about the article's primary organisation, where a name also matches a longer or shorter
   * form of itself (霧ヶ丘市 / 長野県霧ヶ丘市, ひなたフーズ / ひなたフーズ株式会社) when both have at
   * least {@value #MIN_CONTAINED} characters.
   */
  String choose(ArticleKeys article) {
    if (article.primaryOrg() == null) {
      return null;
    }
    String best = null;
    long bestDistance = Long.MAX_VALUE;
    // Only the article's primary organisation: a vendor wrongly read as a victim in a customer's
    // report must not pull that report into the vendor's own case.
    for (String id : candidates(Set.of(article.primaryOrg()))) {
      CaseKey c = cases.get(id);
      long d = c.distanceDays(article.dates());
      boolean typesAgree = c.types().isEmpty() || article.types().isEmpty()
          || article.types().stream().anyMatch(c.types()::contains);
      long limit = typesAgree ? SAME_STORY_DAYS : SAME_WEEK_DAYS;
      if (d <= limit && d < bestDistance) {
        best = id;
        bestDistance = d;
      }
    }
    return best;
  }
}
