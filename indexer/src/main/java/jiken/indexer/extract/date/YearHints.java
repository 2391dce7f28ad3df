package jiken.indexer.extract.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article says about its own time: the reference date for {@code 昨年}/{@code 本日}
 * (the publication date, else a full date in the URL), an upper bound for inferred dates, and the
 * candidate years for dates written without one (years of the story's full dates, fiscal years,
 * the URL, tags like {@code #2023-464}, the reference year).
 *
 * <p>Inference rule: the most recent candidate year that puts the date no later than the reference
 * plus {@link #TOLERANCE_DAYS} (announced plans a few weeks ahead are common, dates a year old
 * without their year are not); the year before the reference when nothing else fits (a day in
 * December mentioned in January); a weekday in brackets picks among the candidates. No candidate,
 * no year: the caller omits the date. Immutable and thread-safe.
 */
final class YearHints {
  static final int TOLERANCE_DAYS = 31;

  private static final Pattern URL_YMD = Pattern.compile(
      "(?<![0-9])((?:19|20)[0-9]{2})(?:/([0-9]{1,2})/([0-9]{1,2})(?![0-9])|-([0-9]{2})-?([0-9]{2})(?![0-9])"
          + "|([0-9]{2})([0-9]{2})(?:[0-9]{6})?(?![0-9]))");
  private static final Pattern URL_YM = Pattern.compile("/((?:19|20)[0-9]{2})/?([0-9]{2})/");
  private static final Pattern URL_Y = Pattern.compile("/((?:19|20)[0-9]{2})/");
  private static final Pattern TAG_YEAR = Pattern.compile("#((?:19|20)[0-9]{2})-[0-9]{2,5}(?![0-9])");

  /** A candidate year for the months {@code from..to}: fiscal year N covers N/4..N+1/3. */
  private record Span(int year, int from, int to) {}

  private final LocalDate reference;
  private final LocalDate upperBound;
  private final YearMonth fallbackMonth;
  private final List<Span> spans;

  private YearHints(LocalDate reference, LocalDate upperBound, YearMonth fallbackMonth, List<Span> spans) {
    this.reference = reference;
    this.upperBound = upperBound;
    this.fallbackMonth = fallbackMonth;
    this.spans = List.copyOf(spans);
  }

  /** Hints from a reference date alone (for single expressions): its year is the only candidate. */
  static YearHints ofReference(LocalDate reference) {
    return reference == null ? new YearHints(null, null, null, List.of())
        : new YearHints(reference, reference.plusDays(TOLERANCE_DAYS), null, List.of());
  }

  static YearHints of(LocalDate published, String url, String folded, List<DateMention> mentions) {
    LocalDate urlDate = null;
    YearMonth urlMonth = null;
    List<Span> spans = new ArrayList<>();
    Matcher d = URL_YMD.matcher(url);
    while (urlDate == null && d.find()) {
      urlDate = date(d.group(1), first(d.group(2), d.group(4), d.group(6)), first(d.group(3), d.group(5), d.group(7)));
    }
    Matcher ym = URL_YM.matcher(url);
    if (urlDate != null) {
      urlMonth = YearMonth.from(urlDate);
    } else if (ym.find() && Integer.parseInt(ym.group(2)) >= 1 && Integer.parseInt(ym.group(2)) <= 12) {
      urlMonth = YearMonth.of(Integer.parseInt(ym.group(1)), Integer.parseInt(ym.group(2)));
    }
    Matcher y = URL_Y.matcher(url);
    if (urlMonth == null && y.find()) {
      spans.add(new Span(Integer.parseInt(y.group(1)), 1, 12));
    }
    Matcher tag = TAG_YEAR.matcher(folded);
    if (tag.find()) {
      spans.add(new Span(Integer.parseInt(tag.group(1)), 1, 12));
    }
    for (DateMention m : mentions) {
      if (m.year().anchor() == DateMention.Anchor.ABS) {
        int v = m.year().value();
        if (m.fiscal()) {
          spans.add(new Span(v, 4, 12));
          spans.add(new Span(v + 1, 1, 3));
        } else {
          spans.add(new Span(v, 1, 12));
        }
      }
    }
    LocalDate reference = published != null ? published : urlDate;
    if (urlMonth != null) {
      spans.add(new Span(urlMonth.getYear(), 1, 12));
    }
    LocalDate bound = reference != null ? reference.plusDays(TOLERANCE_DAYS)
        : urlMonth != null ? urlMonth.atEndOfMonth().plusDays(TOLERANCE_DAYS) : null;
    return new YearHints(reference, bound, reference != null ? YearMonth.from(reference) : urlMonth, spans);
  }

  private static String first(String... xs) {
    for (String x : xs) {
      if (x != null) {
        return x;
      }
    }
    return null;
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null; // 14-digit ids and the like that only look like dates
    }
  }

  LocalDate reference() {
    return reference;
  }

  /** The month a lone day belongs to when the story gives none: the reference's, or the URL's. */
  YearMonth fallbackMonth() {
    return fallbackMonth;
  }

  /**
   * The year of a date written as month (and day) only, or -1 when it cannot be told.
   *
   * @param day 0 when only the month is known
   * @param weekday ISO day of week written beside the date, or 0
   */
  int yearFor(int month, int day, int weekday) {
    TreeSet<Integer> years = new TreeSet<>();
    for (Span s : spans) {
      if (month >= s.from && month <= s.to) {
        years.add(s.year);
      }
    }
    if (reference != null) {
      years.add(reference.getYear());
    }
    List<Integer> fitting = new ArrayList<>();
    for (int y : years.descendingSet()) {
      if (fits(y, month, day)) {
        fitting.add(y);
      }
    }
    if (fitting.isEmpty() && reference != null && fits(reference.getYear() - 1, month, day)) {
      fitting.add(reference.getYear() - 1);
    }
    if (fitting.isEmpty()) {
      return -1;
    }
    if (weekday > 0 && day > 0) {
      for (int y : fitting) {
        if (dayOfWeek(y, month, day) == weekday) {
          return y;
        }
      }
      int best = fitting.get(0);
      for (int y : new int[] {best - 1, best + 1}) {
        if (dayOfWeek(y, month, day) == weekday && (upperBound == null || fits(y, month, day))) {
          return y; // the weekday says the guess is one year off
        }
      }
    }
    return fitting.get(0);
  }

  private boolean fits(int y, int month, int day) {
    try {
      LocalDate d = LocalDate.of(y, month, Math.max(day, 1));
      return upperBound == null || !d.isAfter(upperBound);
    } catch (DateTimeException e) {
      return false; // 2月29日 in a common year
    }
  }

  private static int dayOfWeek(int y, int month, int day) {
    try {
      return LocalDate.of(y, month, day).getDayOfWeek().getValue();
    } catch (DateTimeException e) {
      return DayOfWeek.MONDAY.getValue() - 1;
    }
  }
}
