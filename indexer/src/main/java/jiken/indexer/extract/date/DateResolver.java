package jiken.indexer.extract.date;

import static jiken.indexer.extract.date.DateMention.Anchor;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Turns the mentions of one text, in reading order, into ISO partial values. {@code 同}/{@code 翌}
 * and lone days take the previous date of the story; {@code 昨年}/{@code 本日} take the reference
 * date; dates without a year ask {@link YearHints}. Not thread-safe (it carries the previous date):
 * make one per text.
 */
final class DateResolver {
  private final YearHints hints;
  private final boolean referenceYear;
  private int prevYear = -1;
  private int prevMonth = -1;
  private int prevDay = -1;

  /**
   * @param referenceYear the ja-timex convention: a date without a year is in the reference year
   *     and a lone day in the reference month, even when that puts it after the reference date
   */
  DateResolver(YearHints hints, boolean referenceYear) {
    this.hints = hints;
    this.referenceYear = referenceYear;
  }

  /** The value ({@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}), or null when unresolvable. */
  String resolve(DateMention m) {
    String v = compute(m);
    if (v != null && !m.fiscal()) {
      prevYear = Integer.parseInt(v.substring(0, 4));
      prevMonth = v.length() >= 7 ? Integer.parseInt(v.substring(5, 7)) : -1;
      prevDay = v.length() == 10 ? Integer.parseInt(v.substring(8, 10)) : -1;
    }
    return v;
  }

  private String compute(DateMention m) {
    LocalDate ref = hints.reference();
    Anchor dayAnchor = m.day().anchor();
    if (dayAnchor == Anchor.REF && !m.month().given()) { // 本日, 昨日
      return ref == null ? null : ref.plusDays(m.day().value()).toString();
    }
    if (dayAnchor == Anchor.PREV) { // 同日, 翌日, 前日
      return prevDay < 0 ? null : day(prevYear, prevMonth, prevDay).plusDays(m.day().value()).toString();
    }
    int d = m.day().given() ? m.day().value() : 0;
    YearMonth ym = yearMonth(m, d);
    if (ym == null) {
      if (m.yearOnly()) {
        int y = year(m, 1, 0);
        return y < 0 ? null : String.format(Locale.ROOT, "%04d", y);
      }
      return null;
    }
    if (d == 0 || m.partOfMonth()) {
      return ym.toString();
    }
    if (!ym.isValidDay(d) && !m.month().given() && !referenceYear) {
      ym = ym.minusMonths(1); // a lone 29日 read as last month's, and last month is February
    }
    return ym.isValidDay(d) ? ym.atDay(d).toString() : null; // 2月30日: no date
  }

  private YearMonth yearMonth(DateMention m, int d) {
    LocalDate ref = hints.reference();
    DateMention.Part month = m.month();
    switch (month.anchor()) {
      case ABS -> {
        int y = year(m, month.value(), d);
        return y < 0 ? null : YearMonth.of(y, month.value());
      }
      case REF -> {
        return ref == null ? null : YearMonth.from(ref).plusMonths(month.value());
      }
      case PREV -> {
        return prevMonth < 0 ? null : YearMonth.of(prevYear, prevMonth).plusMonths(month.value());
      }
      case FOLLOWING -> {
        if (prevMonth < 0) {
          return null;
        }
        YearMonth p = YearMonth.of(prevYear, prevMonth);
        return prevDay > 0 && d < prevDay ? p.plusMonths(1) : p;
      }
      default -> {
        if (!m.day().given()) {
          return null;
        }
        if (prevMonth > 0 && !referenceYear) {
          return YearMonth.of(prevYear, prevMonth);
        }
        if (ref != null) { // a lone day in a news lead: this month, or last month if still ahead
          boolean ahead = !referenceYear && d > ref.getDayOfMonth() + 2;
          return ahead ? YearMonth.from(ref).minusMonths(1) : YearMonth.from(ref);
        }
        return hints.fallbackMonth();
      }
    }
  }

  /** The year of a mention whose month is known; -1 when it cannot be told. */
  private int year(DateMention m, int month, int d) {
    LocalDate ref = hints.reference();
    DateMention.Part y = m.year();
    return switch (y.anchor()) {
      case ABS -> y.value();
      case SHORT_YEAR -> {
        int limit = (ref != null ? ref.getYear() : 2040) + 1;
        yield 2000 + y.value() <= limit ? 2000 + y.value() : 1900 + y.value();
      }
      case REF -> ref == null ? -1 : ref.getYear() + y.value();
      case PREV, FOLLOWING -> prevYear < 0 ? -1 : prevYear + y.value();
      default -> referenceYear ? (ref == null ? -1 : ref.getYear()) : hints.yearFor(month, d, m.weekday());
    };
  }

  private static LocalDate day(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }
}
