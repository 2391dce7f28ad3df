package jiken.indexer.cases;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

/**
 * What grouping and linking need to know about a case, kept in memory during an index run and
 * stored beside the record ({@code cases.keys}, JSON). Immutable (the arrays are never written
 * after construction; equality of keys is not used); thread-safe.
 *
 * <p>The last four components tell a follow-up from a new incident of the same organisation
 * ({@link CaseGrouper#choose}). A key stored before they existed has none of them ({@link #legacy}):
 * it is grouped by the older story-date rule until the case is next rebuilt.
 *
 * @param id the case id
 * @param orgs name keys ({@link jiken.indexer.extract.OrgNames#key}) of the organisations the
 *     articles are about (each article's primary organisation)
 * @param vendors name keys of organisations named as vendors/providers
 * @param systems named systems and services
 * @param types incident types
 * @param first earliest date of the case
 * @param last latest date of the case
 * @param unnamedVendor the kind of provider an article mentions without naming it (カート, 印刷 …), or null
 * @param firstReport the publication date of the case's earliest report, or null in a legacy key
 * @param lastReport the publication date of the case's latest report, or null in a legacy key
 * @param days story dates its reports give to the day, as epoch days, sorted, distinct; the earliest
 *     {@value #MAX_DAYS} (a follow-up restates the original incident's dates, not the latest ones)
 * @param months story dates its reports give only to the month, as epoch months
 *     ({@link ArticleKeys#months}), sorted, distinct; the earliest {@value #MAX_MONTHS}
 * @param counts counts of people or records its reports state, sorted, distinct; the largest
 *     {@value #MAX_COUNTS} (the rarest, so the least likely to match by chance)
 */
public record CaseKey(String id, Set<String> orgs, Set<String> vendors, Set<String> systems, Set<String> types,
    LocalDate first, LocalDate last, String unnamedVendor, LocalDate firstReport, LocalDate lastReport,
    int[] days, int[] months, long[] counts) {

  /** Restated days kept per case: a 30-report case's early dates, in a few hundred bytes. */
  static final int MAX_DAYS = 32;
  static final int MAX_MONTHS = 16;
  static final int MAX_COUNTS = 16;

  public CaseKey {
    orgs = Set.copyOf(orgs);
    vendors = Set.copyOf(vendors);
    systems = Set.copyOf(systems);
    types = Set.copyOf(types);
    days = days == null ? new int[0] : days;
    months = months == null ? new int[0] : months;
    counts = counts == null ? new long[0] : counts;
  }

  /** A key without report dates, days or counts, as stored before they existed; see {@link #withReports}. */
  public CaseKey(String id, Set<String> orgs, Set<String> vendors, Set<String> systems, Set<String> types,
      LocalDate first, LocalDate last, String unnamedVendor) {
    this(id, orgs, vendors, systems, types, first, last, unnamedVendor, null, null, null, null, null);
  }

  /** Whether this key was stored before report dates were kept: it cannot tell a follow-up from a new incident. */
  public boolean legacy() {
    return lastReport == null;
  }

  /**
   * This key with the report dates, days and counts of {@code members}, the case's articles (any
   * earlier ones in this key are replaced).
   */
  CaseKey withReports(List<ArticleKeys> members) {
    LocalDate from = null;
    LocalDate to = null;
    IntStream.Builder d = IntStream.builder();
    IntStream.Builder m = IntStream.builder();
    LongStream.Builder c = LongStream.builder();
    for (ArticleKeys k : members) {
      from = from == null || k.reported().isBefore(from) ? k.reported() : from;
      to = to == null || k.reported().isAfter(to) ? k.reported() : to;
      Arrays.stream(k.days()).forEach(d::add);
      Arrays.stream(k.months()).forEach(m::add);
      Arrays.stream(k.counts()).forEach(c::add);
    }
    return new CaseKey(id, orgs, vendors, systems, types, first, last, unnamedVendor, from, to,
        keep(d.build(), MAX_DAYS), keep(m.build(), MAX_MONTHS), keepCounts(c.build()));
  }

  /**
   * This key with {@code old}'s report dates, days and counts (none when {@code old} is null or
   * legacy) plus those of {@code joining}, an article that has just joined the case.
   */
  CaseKey withReports(CaseKey old, ArticleKeys joining) {
    boolean known = old != null && !old.legacy();
    LocalDate r = joining.reported();
    LocalDate from = known && old.firstReport().isBefore(r) ? old.firstReport() : r;
    LocalDate to = known && old.lastReport().isAfter(r) ? old.lastReport() : r;
    IntStream d = Arrays.stream(joining.days());
    IntStream m = Arrays.stream(joining.months());
    LongStream c = Arrays.stream(joining.counts());
    if (known) {
      d = IntStream.concat(Arrays.stream(old.days()), d);
      m = IntStream.concat(Arrays.stream(old.months()), m);
      c = LongStream.concat(Arrays.stream(old.counts()), c);
    }
    return new CaseKey(id, orgs, vendors, systems, types, first, last, unnamedVendor, from, to, keep(d, MAX_DAYS),
        keep(m, MAX_MONTHS), keepCounts(c));
  }

  private static int[] keep(IntStream values, int max) {
    return values.distinct().sorted().limit(max).toArray();
  }

  private static long[] keepCounts(LongStream counts) {
    long[] all = counts.distinct().sorted().toArray();
    return all.length <= MAX_COUNTS ? all : Arrays.copyOfRange(all, all.length - MAX_COUNTS, all.length);
  }

  /** Days between {@code date} and this case's date range (0 inside it). */
  public long distanceDays(LocalDate date) {
    if (date.isBefore(first)) {
      return first.toEpochDay() - date.toEpochDay();
    }
    if (date.isAfter(last)) {
      return date.toEpochDay() - last.toEpochDay();
    }
    return 0;
  }

  /** The smallest {@link #distanceDays} over {@code dates}. */
  public long distanceDays(List<LocalDate> dates) {
    long min = Long.MAX_VALUE; // a loop: grouping asks this of every candidate case of every report
    for (LocalDate date : dates) {
      min = Math.min(min, distanceDays(date));
    }
    return min;
  }

  /** Days between {@code reported} and the span of this case's reports (0 inside it); a legacy key has no such span: 0. */
  long reportGap(LocalDate reported) {
    if (legacy()) {
      return 0;
    }
    if (reported.isBefore(firstReport)) {
      return firstReport.toEpochDay() - reported.toEpochDay();
    }
    return reported.isAfter(lastReport) ? reported.toEpochDay() - lastReport.toEpochDay() : 0;
  }

  /** Days between {@code reported} and this case's first report, either way; 0 for a legacy key. */
  long sinceFirstReport(LocalDate reported) {
    return legacy() ? 0 : Math.abs(reported.toEpochDay() - firstReport.toEpochDay());
  }

  /** Whether one of {@code articleDays} (sorted epoch days) is one of this case's {@link #days}. */
  boolean sharesDay(int[] articleDays) {
    for (int day : articleDays) {
      if (Arrays.binarySearch(days, day) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a month one side gives only to the month holds a day the other side gives: one of this
   * case's {@link #days} falls in one of {@code articleMonths}, or one of {@code articleDays} in one of
   * this case's {@link #months}. Both ways, because a follow-up may be read before the first report.
   */
  boolean sharesMonth(int[] articleDays, int[] articleMonths) {
    for (int day : articleDays) {
      if (Arrays.binarySearch(months, ArticleKeys.epochMonth(LocalDate.ofEpochDay(day))) >= 0) {
        return true;
      }
    }
    return hasDayIn(articleMonths);
  }

  private boolean hasDayIn(int[] articleMonths) {
    for (int month : articleMonths) {
      int from = (int) LocalDate.of(Math.floorDiv(month, 12), Math.floorMod(month, 12) + 1, 1).toEpochDay();
      int at = Arrays.binarySearch(days, from);
      int i = at >= 0 ? at : -at - 1;
      if (i < days.length && LocalDate.ofEpochDay(days[i]).withDayOfMonth(1).toEpochDay() == from) {
        return true;
      }
    }
    return false;
  }

  /** Whether one of {@code articleCounts} is one of this case's {@link #counts}. */
  boolean sharesCount(long[] articleCounts) {
    for (long count : articleCounts) {
      if (Arrays.binarySearch(counts, count) >= 0) {
        return true;
      }
    }
    return false;
  }
}
