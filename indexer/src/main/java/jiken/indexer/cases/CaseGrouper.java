package jiken.indexer.cases;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which case an incident article belongs to. An article joins a case about the same
 * organisation when there is evidence it reports that incident ({@link #evidence}): a restated
 * day, count, vendor or own-named system, or follow-up wording, within {@value #FOLLOW_UP_DAYS} days
 * of the case's reports; a shared month, or (restating nothing) the same news cycle, only shortly
 * after the case's first report. Closeness of story dates alone is not enough: a prefecture's
 * monthly 誤送付 notices are each within weeks of the last, and joining by it chained them into one
 * case spanning years. Not thread-safe: one index run owns it.
 */
final class CaseGrouper {
  static final int SAME_STORY_DAYS = 90;
  static final int SAME_WEEK_DAYS = 14;
  /**
   * How long after a case's latest report a report restating it still joins: final investigation
   * reports come 6–12 months after the incident.
   */
  static final int FOLLOW_UP_DAYS = 365;
  /**
   * How long after a case's first report a report restating only a month of it (1月末に攻撃を受けた)
   * still joins: a big incident is covered for weeks (recovery, the count), while a busy body's next
   * incident may well fall in a month the previous one also did, so this must not run on.
   */
  static final int SAME_MONTH_DAYS = 60;
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
  private final SystemIndex systems = new SystemIndex();
  /** Organisation keys of at least {@value #MIN_CONTAINED} characters by each of their trigrams (containment). */
  private final Map<String, Set<String>> orgsByTrigram = new HashMap<>();
  private final Map<String, Set<String>> byVendor = new HashMap<>();
  private final CaseLinkIndex links = new CaseLinkIndex(this);

  void put(CaseKey key) {
    remove(key.id());
    cases.put(key.id(), key);
    indexOrgs(key);
    systems.add(key);
    links.put(key);
  }

  /**
   * {@link #put} of every one of {@code keys} into an empty grouper, as an index run starts: the
   * state is the one putting them one by one in this order gives, but the organisation and link
   * indexes are built on {@code pool} (when given) while this thread builds the system indexes, since
   * at 1,000,000 reports this was most of what adding a few documents cost.
   *
   * @throws IllegalStateException when the grouper is not empty
   * @throws IllegalArgumentException when two keys have the same case id
   */
  void putAll(List<CaseKey> keys, java.util.concurrent.ExecutorService pool) {
    if (!cases.isEmpty()) {
      throw new IllegalStateException("putAll fills an empty grouper; it has " + cases.size() + " cases");
    }
    for (CaseKey key : keys) {
      if (cases.put(key.id(), key) != null) {
        throw new IllegalArgumentException("two keys for case " + key.id());
      }
    }
    Runnable orgsThenLinks = () -> {
      keys.forEach(this::indexOrgs);
      links.putAll(keys); // reads the organisation and vendor indexes, not the system ones
    };
    if (pool == null) {
      orgsThenLinks.run();
      keys.forEach(systems::add);
      return;
    }
    java.util.concurrent.Future<?> done = pool.submit(orgsThenLinks);
    keys.forEach(systems::add);
    try {
      done.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    }
  }

  private void indexOrgs(CaseKey key) {
    for (String org : key.orgs()) {
      Set<String> ids = byOrg.computeIfAbsent(org, k -> new LinkedHashSet<>());
      if (ids.isEmpty() && org.length() >= MIN_CONTAINED) {
        for (int i = 0; i + MIN_CONTAINED <= org.length(); i++) {
          orgsByTrigram.computeIfAbsent(org.substring(i, i + MIN_CONTAINED), k -> new HashSet<>()).add(org);
        }
      }
      ids.add(key.id());
    }
    for (String vendor : key.vendors()) {
      byVendor.computeIfAbsent(vendor, k -> new LinkedHashSet<>()).add(key.id());
    }
  }

  /**
   * {@link #put}, except that a key indexed by the same organisations, vendors, systems, months,
   * first date and unnamed provider as the one it replaces keeps its place in the indexes: only
   * once the run's grouping is over, since the order of candidates breaks ties in {@link #choose}.
   */
  void replace(CaseKey key) {
    CaseKey old = cases.get(key.id());
    if (old != null && indexedAlike(old, key)) {
      cases.put(key.id(), key);
    } else {
      put(key);
    }
  }

  private static boolean indexedAlike(CaseKey a, CaseKey b) {
    return a.orgs().equals(b.orgs()) && a.vendors().equals(b.vendors()) && a.systems().equals(b.systems())
        && java.util.Objects.equals(a.first(), b.first()) && java.util.Objects.equals(a.unnamedVendor(), b.unnamedVendor())
        && java.util.Arrays.equals(SystemIndex.months(a), SystemIndex.months(b));
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
      systems.remove(old);
      for (String vendor : old.vendors()) {
        removeFrom(byVendor, vendor, caseId);
      }
      links.remove(old);
    }
  }

  static <K> void removeFrom(Map<K, Set<String>> index, K key, String value) {
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
  Set<String> candidates(Set<String> orgs) {
    Set<String> ids = new LinkedHashSet<>();
    for (String org : orgs) {
      ids.addAll(byOrg.getOrDefault(org, Set.of()));
    }
    for (String org : orgs) {
      if (org.length() < MIN_CONTAINED) {
        continue;
      }
      java.util.TreeSet<String> matching = new java.util.TreeSet<>();
      for (String longer : rarestTrigramOf(org)) {
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

  /**
   * The indexed names holding {@code org}'s least common trigram: a name containing {@code org}
   * holds every one of its trigrams, so any of them finds it, and the rarest is the fewest to scan
   * (a name's first trigram is often a place, 東京都, 大阪府, shared by thousands of names).
   */
  private Set<String> rarestTrigramOf(String org) {
    Set<String> rarest = null;
    for (int i = 0; i + MIN_CONTAINED <= org.length(); i++) {
      Set<String> holding = orgsByTrigram.get(org.substring(i, i + MIN_CONTAINED));
      if (holding == null) {
        return Set.of(); // no indexed name holds this trigram, so none contains org
      }
      if (rarest == null || holding.size() < rarest.size()) {
        rarest = holding;
      }
    }
    return rarest == null ? Set.of() : rarest;
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
    return systems.naming(system);
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
   * least {@value #MIN_CONTAINED} characters. Among the cases it may join ({@link #evidence}), the
   * one with the strongest evidence wins, then the closest in story dates, then in report dates.
   */
  String choose(ArticleKeys article) {
    if (article.primaryOrg() == null) {
      return null;
    }
    String best = null;
    long[] bestRank = null;
    // Only the article's primary organisation: a vendor wrongly read as a victim in a customer's
    // report must not pull that report into the vendor's own case.
    for (String id : candidates(Set.of(article.primaryOrg()))) {
      CaseKey c = cases.get(id);
      Evidence e = evidence(c, article);
      if (e == Evidence.NONE) {
        continue;
      }
      long[] rank = {e.ordinal(), c.distanceDays(article.dates()), c.reportGap(article.reported())};
      if (bestRank == null || java.util.Arrays.compare(rank, bestRank) < 0) {
        best = id;
        bestRank = rank;
      }
    }
    return best;
  }

  /** Why a report may join a case, strongest first. */
  enum Evidence {
    /** It restates one of the case's days (2月20日にカード会社から連絡を受け…). */
    SAME_DAY,
    /** Types agreeing, it restates a count, a system named after the organisation, or a vendor. */
    SAME_DETAIL,
    /** Types agreeing, soon after the case's first report, one side gives a month the other has a day in. */
    SAME_MONTH,
    /** Types agreeing, it comes within days of the case's first report, about the same days: the same news cycle. */
    SAME_NEWS,
    /** Types agreeing, it calls itself a follow-up (続報, 当初は…) of some earlier report. */
    FOLLOW_UP,
    /** A key stored before report dates were kept, judged by story dates alone as then. */
    LEGACY,
    NONE
  }

  /**
   * Whether {@code article} may be a report of case {@code c}, which is about the same organisation,
   * and on what evidence. A report restating the case (a day, or with agreeing types a count, an
   * own-named system, a vendor, or a follow-up cue) joins within {@value #FOLLOW_UP_DAYS} days of
   * the case's reports, whatever its new dates. One sharing only a month joins within
   * {@value #SAME_MONTH_DAYS} days of the case's first report; one restating nothing, only with
   * agreeing types and within {@value #SAME_WEEK_DAYS} days of the case's first report and story
   * (a report of another type restating nothing is another incident of the same body). Bounding
   * these by the first report, not the latest, is what stops a chain: each new incident of a busy
   * body is close to the previous one, never to the first. A legacy key keeps the old rule.
   */
  static Evidence evidence(CaseKey c, ArticleKeys article) {
    boolean typesAgree = c.types().isEmpty() || article.types().isEmpty()
        || article.types().stream().anyMatch(c.types()::contains);
    long d = c.distanceDays(article.dates());
    if (c.legacy()) {
      return d <= (typesAgree ? SAME_STORY_DAYS : SAME_WEEK_DAYS) ? Evidence.LEGACY : Evidence.NONE;
    }
    boolean recent = c.reportGap(article.reported()) <= FOLLOW_UP_DAYS;
    if (recent && c.sharesDay(article.days())) {
      return Evidence.SAME_DAY;
    }
    if (recent && typesAgree && restatesDetail(c, article)) {
      return Evidence.SAME_DETAIL;
    }
    long sinceFirst = c.sinceFirstReport(article.reported());
    if (typesAgree && sinceFirst <= SAME_MONTH_DAYS && c.sharesMonth(article.days(), article.months())) {
      return Evidence.SAME_MONTH;
    }
    if (typesAgree && sinceFirst <= SAME_WEEK_DAYS && d <= SAME_WEEK_DAYS) {
      return Evidence.SAME_NEWS;
    }
    return recent && typesAgree && article.followUp() ? Evidence.FOLLOW_UP : Evidence.NONE;
  }

  /**
   * A count, a named vendor, or a system named after one of the case's organisations
   * (くるみ書房オンライン). Other system names (オンラインショップ, 電子申請システム) recur across one
   * body's unrelated incidents, so they are no evidence.
   */
  private static boolean restatesDetail(CaseKey c, ArticleKeys article) {
    if (c.sharesCount(article.counts())) {
      return true;
    }
    for (String v : article.vendors()) {
      if (c.vendors().contains(v)) {
        return true;
      }
    }
    for (String system : article.systems()) {
      if (c.systems().contains(system)
          && c.orgs().stream().anyMatch(org -> org.length() >= MIN_CONTAINED && system.contains(org.substring(0, MIN_CONTAINED)))) {
        return true;
      }
    }
    return false;
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
      for (int to = from + MIN_SERVICE_NAME; to <= Math.min(title.length(), from + systems.longestName()); to++) {
        String system = title.substring(from, to);
        if (systems.known(system)) {
          named.add(system);
        }
      }
    }
    Set<String> near = new LinkedHashSet<>();
    for (String system : named) {
      Set<String> naming = systems.namingNear(system, article.dates(), SAME_STORY_DAYS, MAX_SERVICE_CANDIDATES);
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
