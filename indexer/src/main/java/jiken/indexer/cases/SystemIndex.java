package jiken.indexer.cases;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cases naming each system or service, for {@link CaseGrouper}: by name (a report's headline
 * may name a known service bare; a vendor's case links to its customers' through a shared system),
 * and by name and month, because a generic service name (オンラインショップ) is shared by thousands
 * of cases and a report naming it must look only at those of its own period. The sets are hash
 * sets: no caller depends on their order. Not thread-safe.
 */
final class SystemIndex {
  /** Most months a case is indexed by (the earliest and the latest half); a key lists few in practice. */
  static final int MAX_INDEXED_MONTHS = 24;

  private final Map<String, Set<String>> bySystem = new HashMap<>();
  private final Map<SystemMonth, Set<String>> bySystemMonth = new HashMap<>();
  private int longestName;

  /** A system name in one epoch month. */
  private record SystemMonth(String system, int month) {}

  void add(CaseKey key) {
    if (key.systems().isEmpty()) {
      return;
    }
    int[] months = months(key);
    for (String system : key.systems()) {
      bySystem.computeIfAbsent(system, k -> new HashSet<>()).add(key.id());
      longestName = Math.max(longestName, system.length());
      for (int month : months) {
        bySystemMonth.computeIfAbsent(new SystemMonth(system, month), k -> new HashSet<>()).add(key.id());
      }
    }
  }

  /** Removes {@code old}, as it was added. */
  void remove(CaseKey old) {
    for (String system : old.systems()) {
      CaseGrouper.removeFrom(bySystem, system, old.id());
      for (int month : months(old)) {
        CaseGrouper.removeFrom(bySystemMonth, new SystemMonth(system, month), old.id());
      }
    }
  }

  /** Case ids naming {@code system}. */
  Set<String> naming(String system) {
    return bySystem.getOrDefault(system, Set.of());
  }

  /** Whether some case names {@code system}. */
  boolean known(String system) {
    return bySystem.containsKey(system);
  }

  /** The length of the longest system name some case names (it may be gone since). */
  int longestName() {
    return longestName;
  }

  /**
   * Ids of the cases naming {@code system} with a story or report month ({@link #months}) within
   * {@code days} of one of {@code dates}; callers check the distance. The system's cases of other
   * years are not visited. Stops once it has more than {@code enough}.
   */
  Set<String> namingNear(String system, List<LocalDate> dates, int days, int enough) {
    Set<String> ids = new LinkedHashSet<>();
    for (LocalDate d : dates) {
      for (int m = ArticleKeys.epochMonth(d.minusDays(days)); m <= ArticleKeys.epochMonth(d.plusDays(days)); m++) {
        for (String id : bySystemMonth.getOrDefault(new SystemMonth(system, m), Set.of())) {
          ids.add(id);
          if (ids.size() > enough) {
            return ids;
          }
        }
      }
    }
    return ids;
  }

  /**
   * The months (as epoch months) {@code key} is found by in {@link #namingNear}: those of its story
   * dates and reports, not every month between its first and last date — a data period (2019年4月
   * から2025年3月までに登録した会員) would otherwise put each case in years of months, which held most of
   * the index run's memory at 600,000 articles. A legacy key (no dates kept) is indexed by its span,
   * capped. None without dates.
   */
  static int[] months(CaseKey key) {
    if (key.first() == null || key.last() == null) {
      return new int[0];
    }
    int first = ArticleKeys.epochMonth(key.first());
    int last = ArticleKeys.epochMonth(key.last());
    if (key.legacy()) {
      // its first months up to the cap, and its last
      int n = Math.min(Math.max(last - first + 1, 1), MAX_INDEXED_MONTHS);
      int[] out = new int[n];
      for (int i = 0; i < n; i++) {
        out[i] = first + i;
      }
      out[n - 1] = Math.max(last, first);
      return out;
    }
    int[] all = new int[4 + key.days().length + key.months().length];
    int n = 0;
    all[n++] = first;
    all[n++] = last;
    all[n++] = ArticleKeys.epochMonth(key.firstReport());
    all[n++] = ArticleKeys.epochMonth(key.lastReport());
    for (int d : key.days()) {
      all[n++] = ArticleKeys.epochMonth(LocalDate.ofEpochDay(d));
    }
    for (int m : key.months()) {
      all[n++] = m;
    }
    java.util.Arrays.sort(all);
    int distinct = 0;
    for (int i = 0; i < all.length; i++) {
      if (i == 0 || all[i] != all[i - 1]) {
        all[distinct++] = all[i];
      }
    }
    if (distinct <= MAX_INDEXED_MONTHS) {
      return java.util.Arrays.copyOf(all, distinct);
    }
    int[] capped = new int[MAX_INDEXED_MONTHS];
    System.arraycopy(all, 0, capped, 0, MAX_INDEXED_MONTHS / 2);
    System.arraycopy(all, distinct - MAX_INDEXED_MONTHS / 2, capped, MAX_INDEXED_MONTHS / 2, MAX_INDEXED_MONTHS / 2);
    return capped;
  }
}
