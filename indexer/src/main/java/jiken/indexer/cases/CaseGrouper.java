package jiken.indexer.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
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
  /** A bare service name shorter than this (ペイ, EC) is too likely to be a common word. */
  static final int MIN_SERVICE_NAME = 4;

  private final Map<String, CaseKey> cases = new HashMap<>();
  private final Map<String, Set<String>> byOrg = new HashMap<>();
  private final Map<String, Set<String>> bySystem = new HashMap<>();

  void put(CaseKey key) {
    remove(key.id());
    cases.put(key.id(), key);
    for (String org : key.orgs()) {
      byOrg.computeIfAbsent(org, k -> new LinkedHashSet<>()).add(key.id());
    }
    for (String system : key.systems()) {
      bySystem.computeIfAbsent(system, k -> new LinkedHashSet<>()).add(key.id());
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
      for (String system : old.systems()) {
        Set<String> ids = bySystem.get(system);
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

  /**
   * The case an article without any organisation joins because it names a service or system
   * («ナナイロポイント»): a case whose articles name the same system, within
   * {@value #SAME_STORY_DAYS} days and with agreeing incident types. When several cases name it
   * (a vendor's product named by its customers too), only the one whose organisation shares the
   * system's leading name (ソラノワ・システムズ / ソラノワEC) is taken; otherwise none — a guess
   * between unrelated cases would be worse than a missing article.
   */
  String chooseByService(ArticleKeys article, String title) {
    Set<String> named = new LinkedHashSet<>(article.systems());
    // The extractor finds systems by their brackets and head nouns; a headline may name a known
    // one bare (ナナイロポイント 不正ログイン…). Only the headline: a column's body may mention any.
    for (String system : bySystem.keySet()) {
      if (system.length() >= MIN_SERVICE_NAME && title.contains(system) && !bySystem.get(system).isEmpty()) {
        named.add(system);
      }
    }
    List<String> near = new ArrayList<>();
    for (String system : named) {
      for (String id : bySystem.getOrDefault(system, Set.of())) {
        CaseKey c = cases.get(id);
        boolean typesAgree = c.types().isEmpty() || article.types().stream().anyMatch(c.types()::contains);
        if (typesAgree && c.distanceDays(article.dates()) <= SAME_STORY_DAYS && !near.contains(id)) {
          near.add(id);
        }
      }
    }
    if (near.size() > 1) {
      near.removeIf(id -> cases.get(id).orgs().stream()
          .noneMatch(org -> named.stream().anyMatch(s -> commonPrefix(org, s) >= MIN_CONTAINED)));
    }
    return near.size() == 1 ? near.get(0) : null;
  }

  private static int commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }
}
