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
  /**
   * A service name that more cases than this name around the same time (オンラインショップ, 会員サイト)
   * is generic: it cannot tell which case an organisation-less report belongs to.
   */
  static final int MAX_SERVICE_CANDIDATES = 32;

  private final Map<String, CaseKey> cases = new HashMap<>();
  private final Map<String, Set<String>> byOrg = new HashMap<>();
  private final Map<String, Set<String>> bySystem = new HashMap<>();
  /**
   * The same by system and month ({@link #systemMonth}) for every month a case spans: a generic
   * service name (オンラインショップ) is shared by thousands of cases, and a report naming it must
   * look only at those of its own period.
   */
  private final Map<String, Set<String>> bySystemMonth = new HashMap<>();
  /** Organisation keys of at least {@value #MIN_CONTAINED} characters by each of their trigrams (containment). */
  private final Map<String, Set<String>> orgsByTrigram = new HashMap<>();
  private final Map<String, Set<String>> byVendor = new HashMap<>();
  private final CaseLinkIndex links = new CaseLinkIndex(this);
  private int longestSystem;

  void put(CaseKey key) {
    remove(key.id());
    cases.put(key.id(), key);
    for (String org : key.orgs()) {
      Set<String> ids = byOrg.computeIfAbsent(org, k -> new LinkedHashSet<>());
      if (ids.isEmpty() && org.length() >= MIN_CONTAINED) {
        for (int i = 0; i + MIN_CONTAINED <= org.length(); i++) {
          orgsByTrigram.computeIfAbsent(org.substring(i, i + MIN_CONTAINED), k -> new LinkedHashSet<>()).add(org);
        }
      }
      ids.add(key.id());
    }
    for (String system : key.systems()) {
      bySystem.computeIfAbsent(system, k -> new LinkedHashSet<>()).add(key.id());
      longestSystem = Math.max(longestSystem, system.length());
      for (long month : months(key)) {
        bySystemMonth.computeIfAbsent(systemMonth(system, month), k -> new LinkedHashSet<>()).add(key.id());
      }
    }
    for (String vendor : key.vendors()) {
      byVendor.computeIfAbsent(vendor, k -> new LinkedHashSet<>()).add(key.id());
    }
    links.put(key);
  }

  void remove(String caseId) {
    CaseKey old = cases.remove(caseId);
    if (old != null) {
      for (String org : old.orgs()) {
        Set<String> ids = byOrg.get(org);
        if (ids != null && ids.remove(caseId) && ids.isEmpty()) {
          byOrg.remove(org);
          for (int i = 0; i + MIN_CONTAINED <= org.length(); i++) {
            removeFrom(orgsByTrigram, org.substring(i, i + MIN_CONTAINED), org);
          }
        }
      }
      for (String system : old.systems()) {
        removeFrom(bySystem, system, caseId);
        for (long month : months(old)) {
          removeFrom(bySystemMonth, systemMonth(system, month), caseId);
        }
      }
      for (String vendor : old.vendors()) {
        removeFrom(byVendor, vendor, caseId);
      }
      links.remove(old);
    }
  }

  /** Longest span indexed month by month; a longer case is indexed by its first and last months of this many in total. */
  private static final int MAX_INDEXED_MONTHS = 60;

  /** The months (as epoch months) {@code key} spans, capped at {@value #MAX_INDEXED_MONTHS}; none without dates. */
  private static List<Long> months(CaseKey key) {
    if (key.first() == null || key.last() == null) {
      return List.of();
    }
    long from = epochMonth(key.first());
    long to = epochMonth(key.last());
    List<Long> out = new ArrayList<>();
    for (long m = from; m <= to; m++) {
      if (to - from < MAX_INDEXED_MONTHS || m < from + MAX_INDEXED_MONTHS / 2 || m > to - MAX_INDEXED_MONTHS / 2) {
        out.add(m);
      }
    }
    return out;
  }

  private static long epochMonth(java.time.LocalDate d) {
    return d.getYear() * 12L + d.getMonthValue() - 1;
  }

  private static String systemMonth(String system, long month) {
    return system + '\u0000' + month;
  }

  /**
   * Ids of the cases naming {@code system} that span a month within {@code days} of one of
   * {@code dates}: a superset of those within {@code days} days (callers check the distance),
   * without visiting the system's cases of other years.
   */
  private Set<String> namingNear(String system, List<java.time.LocalDate> dates, int days) {
    Set<String> ids = new LinkedHashSet<>();
    for (java.time.LocalDate d : dates) {
      for (long m = epochMonth(d.minusDays(days)); m <= epochMonth(d.plusDays(days)); m++) {
        for (String id : bySystemMonth.getOrDefault(systemMonth(system, m), Set.of())) {
          ids.add(id);
          if (ids.size() > MAX_SERVICE_CANDIDATES) {
            return ids; // more than enough to know the name is generic
          }
        }
      }
    }
    return ids;
  }

  static void removeFrom(Map<String, Set<String>> index, String key, String value) {
    Set<String> ids = index.get(key);
    if (ids != null && ids.remove(value) && ids.isEmpty()) {
      index.remove(key);
    }
  }

  /**
   * The cases about {@code orgs} or about a name containing or contained in one of them
   * ({@link #sameOrganisation}), found through the trigram index instead of a scan of every key:
   * a longer name contains every trigram of a shorter one, and a shorter name is one of the
   * longer one's substrings.
   */
  private Set<String> candidates(Set<String> orgs) {
    Set<String> ids = new LinkedHashSet<>();
    for (String org : orgs) {
      ids.addAll(byOrg.getOrDefault(org, Set.of()));
    }
    for (String org : orgs) {
      if (org.length() < MIN_CONTAINED) {
        continue;
      }
      java.util.TreeSet<String> matching = new java.util.TreeSet<>();
      for (String longer : orgsByTrigram.getOrDefault(org.substring(0, MIN_CONTAINED), Set.of())) {
        if (longer.contains(org)) {
          matching.add(longer);
        }
      }
      for (int from = 0; from < org.length(); from++) {
        for (int to = from + MIN_CONTAINED; to <= org.length(); to++) {
          String shorter = org.substring(from, to);
          if (byOrg.containsKey(shorter)) {
            matching.add(shorter);
          }
        }
      }
      for (String key : matching) {
        ids.addAll(byOrg.get(key));
      }
    }
    return ids;
  }

  /** Case ids whose vendors include {@code orgKey}. */
  Set<String> namingAsVendor(String orgKey) {
    return byVendor.getOrDefault(orgKey, Set.of());
  }

  /** Case ids about {@code orgKey} exactly. */
  Set<String> about(String orgKey) {
    return byOrg.getOrDefault(orgKey, Set.of());
  }

  /** Case ids naming {@code system}. */
  Set<String> naming(String system) {
    return bySystem.getOrDefault(system, Set.of());
  }

  /** Every organisation key some case is about. */
  Set<String> orgKeys() {
    return byOrg.keySet();
  }

  CaseLinkIndex linkIndex() {
    return links;
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
    // Every substring of the headline up to the longest known system, instead of a scan of all systems.
    for (int from = 0; from < title.length(); from++) {
      for (int to = from + MIN_SERVICE_NAME; to <= Math.min(title.length(), from + longestSystem); to++) {
        String system = title.substring(from, to);
        if (bySystem.containsKey(system)) {
          named.add(system);
        }
      }
    }
    Set<String> near = new LinkedHashSet<>();
    for (String system : named) {
      Set<String> naming = namingNear(system, article.dates(), SAME_STORY_DAYS);
      if (naming.size() > MAX_SERVICE_CANDIDATES) {
        continue; // a generic name (オンラインショップ): naming it identifies no case, and checking them all costs
      }
      for (String id : naming) {
        if (sameServiceStory(cases.get(id), article)) {
          near.add(id);
        }
      }
    }
    if (near.size() > 1) {
      near.removeIf(id -> cases.get(id).orgs().stream()
          .noneMatch(org -> named.stream().anyMatch(s -> commonPrefix(org, s) >= MIN_CONTAINED)));
    }
    return near.size() == 1 ? near.iterator().next() : null;
  }

  /** Whether a report naming a service of case {@code c} can be about it: agreeing types, within {@value #SAME_STORY_DAYS} days. */
  static boolean sameServiceStory(CaseKey c, ArticleKeys article) {
    boolean typesAgree = c.types().isEmpty() || article.types().stream().anyMatch(c.types()::contains);
    return typesAgree && c.distanceDays(article.dates()) <= SAME_STORY_DAYS;
  }

  private static int commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
      n++;
    }
    return n;
  }
}
