package jiken.indexer.cases;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Indexes of the case keys for {@link CaseLinker}, so finding the links of one case looks at the
 * cases that could be linked to it instead of at every case (which made an index run quadratic in
 * the number of cases). {@link #candidates} returns a superset of the cases {@code CaseLinker}
 * would link: by organisation (its nearest cases in time) and vendor key, by system, by the English first word of a vendor
 * (through a romaji prefix index of organisation keys, built on first use), and by date window for
 * unnamed providers (vendors' cases near a case mentioning one, cases mentioning one near a vendor's).
 * Kept in step with {@link CaseGrouper#put}/{@link CaseGrouper#remove}. Not
 * thread-safe.
 */
final class CaseLinkIndex {
  /** The provider kinds {@link ArticleKeys} can report as an unnamed vendor. */
  static final List<String> KINDS = List.of("カート", "決済代行", "決済", "印刷", "配送", "メール配信", "クラウド", "システム", "保守");
  private static final int PREFIX = 3;

  private final CaseGrouper grouper;
  /**
   * The cases that may be a vendor's ({@link CaseLinker#isVendorCase}: some case names one of their
   * organisations as a vendor), by first date: the only ones a case mentioning an unnamed provider can
   * be linked to as its presumed vendor. A window over every case of those months grew with the
   * density of the base (18,000 cases at 1,000,000 reports) and made linking quadratic. A superset:
   * a case stays after the cases naming it are gone ({@link CaseLinker} checks again).
   */
  private final NavigableMap<Long, Set<String>> vendorsByFirst = new TreeMap<>();
  /** Cases mentioning an unnamed provider, per kind ({@link #OTHER_KIND} for kinds not in {@link #KINDS}), by first date. */
  private final Map<String, NavigableMap<Long, Set<String>>> unnamedByFirst = new HashMap<>();
  private static final String OTHER_KIND = "";
  /** Cases with a Latin-script vendor, by the vendor's first word (and its ou→o form). */
  private final Map<String, Set<String>> latinVendors = new HashMap<>();
  /**
   * How many of its organisation's cases, on each side in time, a case is linked to as "the same
   * organisation's other incident". Every pair was linked once: a body with hundreds of cases (a
   * pension service, a prefecture over decades) made linking quadratic (most of the assembly phase at
   * 1,000,000 reports) and gave each of its case pages hundreds of links, of which the site showed the
   * oldest ten. Neighbours in time are the ones a reader wants; the rest are one organisation search away.
   */
  static final int SAME_ORG_NEIGHBOURS = 5;

  /** A case in its organisation's timeline: by first date, then id. */
  private record Dated(long day, String id) implements Comparable<Dated> {
    @Override
    public int compareTo(Dated o) {
      int c = Long.compare(day, o.day);
      return c != 0 ? c : id.compareTo(o.id);
    }
  }

  /** Each organisation key's cases in time order. */
  private final Map<String, java.util.NavigableSet<Dated>> timelines = new HashMap<>();
  /** Organisation keys by the first letters of their romanised (or lower-cased Latin) form; null until needed. */
  private Map<String, Set<String>> orgsByRomaji;

  CaseLinkIndex(CaseGrouper grouper) {
    this.grouper = grouper;
  }

  void put(CaseKey key) {
    for (String vendor : key.vendors()) {
      if (grouper.namingAsVendor(vendor).size() > 1) {
        continue; // named before: its cases were marked then, and later ones mark themselves below
      }
      for (String id : grouper.about(vendor)) { // newly named: the cases about it are a vendor's now
        CaseKey named = grouper.get(id);
        if (named != null) {
          mayBeVendor(named);
        }
      }
    }
    indexOwn(key);
  }

  /**
   * {@link #put} of every one of {@code keys}, already in the grouper's organisation and vendor
   * indexes (not its system ones): with every vendor named already, each case marks itself.
   */
  void putAll(List<CaseKey> keys) {
    keys.forEach(this::indexOwn);
  }

  /** Indexes {@code key} by its own organisations, date and vendors; a vendor's case (some case names one of its organisations) is marked. */
  private void indexOwn(CaseKey key) {
    if (key.first() == null) {
      return;
    }
    long day = key.first().toEpochDay();
    for (String org : key.orgs()) {
      timelines.computeIfAbsent(org, k -> new java.util.TreeSet<>()).add(new Dated(day, key.id()));
    }
    if (key.unnamedVendor() != null) {
      add(unnamedByFirst.computeIfAbsent(kindOf(key.unnamedVendor()), k -> new TreeMap<>()), day, key.id());
    }
    if (key.orgs().stream().anyMatch(org -> !grouper.namingAsVendor(org).isEmpty())) {
      mayBeVendor(key);
    }
    for (String first : latinFirstWords(key)) {
      latinVendors.computeIfAbsent(first, k -> new LinkedHashSet<>()).add(key.id());
    }
    if (orgsByRomaji != null) {
      key.orgs().forEach(this::indexRomaji);
    }
  }

  void remove(CaseKey key) {
    if (key.first() == null) {
      return;
    }
    long day = key.first().toEpochDay();
    for (String org : key.orgs()) {
      java.util.NavigableSet<Dated> timeline = timelines.get(org);
      if (timeline != null && timeline.remove(new Dated(day, key.id())) && timeline.isEmpty()) {
        timelines.remove(org);
      }
    }
    drop(vendorsByFirst, day, key.id());
    unnamedByFirst.values().forEach(m -> drop(m, day, key.id()));
    for (String first : latinFirstWords(key)) {
      CaseGrouper.removeFrom(latinVendors, first, key.id());
    }
    // romaji entries stay: they map name prefixes to organisation keys, checked again on use
  }

  /** Cases naming one system beyond which a non-vendor case does not look for links through it. */
  static final int MAX_SYSTEM_FANOUT = 200;

  /**
   * Every case {@link CaseLinker#linksOf} could link to {@code c} (a superset, except through a
   * generic system: {@link #MAX_SYSTEM_FANOUT}), in id order, without {@code c}.
   */
  Set<String> candidates(CaseKey c) {
    Set<String> ids = new TreeSet<>();
    for (String org : c.orgs()) {
      neighbours(org, c, ids); // same organisation, nearest in time
      ids.addAll(grouper.namingAsVendor(org)); // c is their vendor
      if (!latinVendors.isEmpty()) {
        for (String form : romajiPrefixes(org)) { // c is their vendor, named in English
          ids.addAll(latinVendors.getOrDefault(form, Set.of()));
        }
      }
    }
    for (String vendor : c.vendors()) {
      ids.addAll(grouper.about(vendor)); // they are c's vendor
      if (isLatin(vendor)) {
        for (String org : orgsMatchingLatin(vendor)) {
          ids.addAll(grouper.about(org));
        }
      }
    }
    boolean vendorCase = CaseLinker.isVendorCase(c, grouper);
    for (String system : c.systems()) {
      Set<String> naming = grouper.naming(system);
      // A shared system links a vendor's case to its victims' (CaseLinker): a vendor case looks at
      // every case naming it; any other case only when the name is specific. A generic one
      // (オンラインショップ, named by thousands) would make linking quadratic, and its vendor
      // case, when there is one, finds this case from its own side.
      if (vendorCase || naming.size() <= MAX_SYSTEM_FANOUT) {
        ids.addAll(naming);
      }
    }
    if (c.first() != null) {
      long day = c.first().toEpochDay();
      if (c.unnamedVendor() != null) { // a vendor case near c's date (CaseLinker checks the kind)
        window(vendorsByFirst, day, ids);
      }
      // c as the vendor of a case naming no provider: only a vendor case offering that kind qualifies
      if (vendorCase) {
        for (String kind : KINDS) {
          if (c.systems().stream().anyMatch(s -> s.contains(kind))) {
            window(unnamedByFirst.getOrDefault(kind, EMPTY), day, ids);
          }
        }
        window(unnamedByFirst.getOrDefault(OTHER_KIND, EMPTY), day, ids);
      }
    }
    ids.remove(c.id());
    return ids;
  }

  private static final NavigableMap<Long, Set<String>> EMPTY = java.util.Collections.emptyNavigableMap();

  private static String kindOf(String unnamedVendor) {
    return KINDS.contains(unnamedVendor) ? unnamedVendor : OTHER_KIND;
  }

  private static void window(NavigableMap<Long, Set<String>> byDay, long day, Set<String> into) {
    for (Set<String> ids : byDay.subMap(day - CaseLinker.UNNAMED_WINDOW_DAYS, true,
        day + CaseLinker.UNNAMED_WINDOW_DAYS, true).values()) {
      into.addAll(ids);
    }
  }

  /** Keys the Latin vendors of {@code key} are indexed under: first words long enough to be names. */
  private static Set<String> latinFirstWords(CaseKey key) {
    Set<String> out = new LinkedHashSet<>();
    for (String vendor : key.vendors()) {
      if (isLatin(vendor)) {
        String first = vendor.split("[ \\-]")[0];
        if (first.length() >= CaseLinker.MIN_LATIN_WORD) {
          out.add(first);
          out.add(first.replace("ou", "o"));
        }
      }
    }
    return out;
  }

  /** Every prefix of the forms {@code orgKey} is compared in ({@link CaseLinker#sameNameInLatin}). */
  private static Set<String> romajiPrefixes(String orgKey) {
    String form = romajiForm(orgKey);
    Set<String> out = new LinkedHashSet<>();
    for (int n = 1; n <= form.length(); n++) {
      out.add(form.substring(0, n));
    }
    return out;
  }

  private static String romajiForm(String orgKey) {
    return isLatin(orgKey) ? orgKey.toLowerCase(java.util.Locale.ROOT) : CaseLinker.romaji(orgKey);
  }

  /** Organisation keys whose romanised form starts like {@code latin}'s first word (a superset). */
  private Set<String> orgsMatchingLatin(String latin) {
    String first = latin.split("[ \\-]")[0];
    if (first.length() < CaseLinker.MIN_LATIN_WORD) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (String form : new LinkedHashSet<>(List.of(first, first.replace("ou", "o")))) {
      if (form.length() < PREFIX) {
        out.addAll(grouper.orgKeys());
        continue;
      }
      out.addAll(romajiIndex().getOrDefault(form.substring(0, PREFIX), Set.of()));
    }
    return out;
  }

  private Map<String, Set<String>> romajiIndex() {
    if (orgsByRomaji == null) {
      orgsByRomaji = new HashMap<>();
      grouper.orgKeys().forEach(this::indexRomaji);
    }
    return orgsByRomaji;
  }

  private void indexRomaji(String orgKey) {
    String form = romajiForm(orgKey);
    if (form.length() >= PREFIX) {
      orgsByRomaji.computeIfAbsent(form.substring(0, PREFIX), k -> new LinkedHashSet<>()).add(orgKey);
    }
  }

  static boolean isLatin(String s) {
    return s.chars().allMatch(ch -> ch < 128);
  }

  /** The {@value #SAME_ORG_NEIGHBOURS} cases of {@code org} before {@code c} in time and as many after it. */
  private void neighbours(String org, CaseKey c, Set<String> into) {
    java.util.NavigableSet<Dated> timeline = timelines.get(org);
    if (timeline == null || c.first() == null) {
      return;
    }
    Dated self = new Dated(c.first().toEpochDay(), c.id());
    for (java.util.NavigableSet<Dated> side : List.of(timeline.headSet(self, false).descendingSet(), timeline.tailSet(self, false))) {
      int n = 0;
      for (java.util.Iterator<Dated> it = side.iterator(); it.hasNext() && n < SAME_ORG_NEIGHBOURS; n++) {
        into.add(it.next().id());
      }
    }
  }

  /**
   * Whether {@code a} and {@code b} are about a common organisation and at most {@value
   * #SAME_ORG_NEIGHBOURS} apart in its timeline. Symmetric, so a link made from either side is the
   * one the other side would make.
   */
  boolean sameOrgNeighbours(CaseKey a, CaseKey b) {
    if (a.first() == null || b.first() == null) {
      return false;
    }
    Dated da = new Dated(a.first().toEpochDay(), a.id());
    Dated db = new Dated(b.first().toEpochDay(), b.id());
    Dated lo = da.compareTo(db) <= 0 ? da : db;
    Dated hi = lo == da ? db : da;
    for (String org : a.orgs()) {
      java.util.NavigableSet<Dated> timeline = b.orgs().contains(org) ? timelines.get(org) : null;
      if (timeline == null || !timeline.contains(lo) || !timeline.contains(hi)) {
        continue;
      }
      int between = 0;
      for (java.util.Iterator<Dated> it = timeline.subSet(lo, false, hi, false).iterator(); it.hasNext() && between < SAME_ORG_NEIGHBOURS; it.next()) {
        between++;
      }
      if (between < SAME_ORG_NEIGHBOURS) {
        return true;
      }
    }
    return false;
  }

  private void mayBeVendor(CaseKey key) {
    if (key.first() != null) {
      add(vendorsByFirst, key.first().toEpochDay(), key.id());
    }
  }

  private static void add(NavigableMap<Long, Set<String>> index, long day, String id) {
    index.computeIfAbsent(day, k -> new LinkedHashSet<>()).add(id);
  }

  private static void drop(NavigableMap<Long, Set<String>> index, long day, String id) {
    Set<String> ids = index.get(day);
    if (ids != null && ids.remove(id) && ids.isEmpty()) {
      index.remove(day);
    }
  }
}
