package jiken.indexer.cases;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import jiken.indexer.extract.OrgNames;

/**
 * Stable, readable case ids: {@code YYYY-MM-<organisation in romaji>-<incident type>}, e.g.
 * {@code 2025-10-minato-commerce-unauthorized-access}. An id is made once, when the case is
 * created, and never recomputed; a clash gets {@code -2}, {@code -3} … Thread-safe.
 */
final class CaseIds {
  private static final int MAX_SLUG = 40;

  private CaseIds() {}

  static String make(String anchorDate, String organisation, String incidentType, Predicate<String> taken) {
    String month = anchorDate != null && anchorDate.length() >= 7 ? anchorDate.substring(0, 7) : "undated";
    String slug = slugOfKey(OrgNames.key(organisation));
    if (slug.isEmpty()) {
      slug = "org";
    }
    String type = incidentType == null ? "incident" : incidentType.replace('_', '-');
    String base = month + "-" + slug + "-" + type;
    String id = base;
    for (int n = 2; taken.test(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /**
   * Slugs of organisation keys met lately: romanising runs Kuromoji on the thread that applies an
   * index run's batches, its bottleneck, once per new case, and most cases are about an organisation
   * that has had one before (a base of 1,000,000 reports has a few tens of thousands of names);
   * linking compares Latin vendor names with the same forms ({@link CaseLinker#romaji}).
   */
  private static final Map<String, String> SLUGS = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > 50_000;
    }
  };

  /** The slug of an organisation key ({@link OrgNames#key}): its romanised form, folded; remembered. */
  static String slugOfKey(String key) {
    synchronized (SLUGS) {
      String known = SLUGS.get(key);
      if (known != null) {
        return known;
      }
    }
    String slug = slug(Romaji.of(key));
    synchronized (SLUGS) {
      SLUGS.put(key, slug);
    }
    return slug;
  }

  static String slug(String romaji) {
    // Long vowels folded as in everyday Hepburn (東京 → tokyo, 商事 → shoji).
    String s = romaji.toLowerCase(Locale.ROOT).replace("ou", "o").replace("uu", "u").replace("oo", "o")
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > MAX_SLUG) {
      s = s.substring(0, MAX_SLUG).replaceAll("-+$", "");
    }
    return s;
  }
}
