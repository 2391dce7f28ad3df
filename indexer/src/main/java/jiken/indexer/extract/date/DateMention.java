package jiken.indexer.extract.date;

/**
 * One date expression as written, before resolution: each of year, month and day is either absent,
 * absolute, or relative to the reference date ({@code 昨年}, {@code 先月}, {@code 本日}) or to the
 * previous date of the story ({@code 同年}, {@code 同月}, {@code 翌日}). Immutable.
 *
 * @param start offset of the first character (inclusive) in the scanned text
 * @param end offset after the last character
 * @param year the year part
 * @param month the month part
 * @param day the day part
 * @param partOfMonth {@code 上旬/中旬/下旬/末/初め}: the value is the month even when a day is given
 * @param weekday ISO day of week in brackets or with 曜, 1 (Monday) to 7, or 0 when none
 * @param fiscal {@code 年度}: a fiscal year, never emitted, but a hint for the year of other dates
 */
record DateMention(int start, int end, Part year, Part month, Part day, boolean partOfMonth,
    int weekday, boolean fiscal) {

  /** How a part of a date is given. */
  enum Anchor {
    /** Not written: to be inferred. */
    NONE,
    /** Written out; {@link Part#value} is the number (a full year, month or day). */
    ABS,
    /** A two-digit year in prose ({@code 13年7月} = 2013). */
    SHORT_YEAR,
    /** Offset from the reference (publication) date: 昨年 -1, 今月 0, 昨日 -1. */
    REF,
    /** Offset from the previous date of the story: 同年 0, 翌日 +1, 前日 -1. */
    PREV,
    /** {@code 翌21日}: the month of the previous date, or the next month when the day is smaller. */
    FOLLOWING
  }

  /** One part: its anchor and a number (an absolute value or an offset). */
  record Part(Anchor anchor, int value) {
    static final Part NONE = new Part(Anchor.NONE, 0);

    static Part abs(int v) {
      return new Part(Anchor.ABS, v);
    }

    boolean given() {
      return anchor != Anchor.NONE;
    }
  }

  DateMention withEnd(int newEnd) {
    return new DateMention(start, newEnd, year, month, day, partOfMonth, weekday, fiscal);
  }

  /** True when only a year is given (a year, a fiscal year, or 昨年/同年 alone). */
  boolean yearOnly() {
    return !month.given() && !day.given();
  }

  /** The ja-timex style value without resolution: {@code 2021-07-XX}, {@code XXXX-XX-18}. */
  String timex() {
    String y = year.anchor == Anchor.ABS ? String.format(java.util.Locale.ROOT, "%04d", year.value) : "XXXX";
    String m = month.anchor == Anchor.ABS ? String.format(java.util.Locale.ROOT, "%02d", month.value) : "XX";
    String d = day.anchor == Anchor.ABS && !partOfMonth
        ? String.format(java.util.Locale.ROOT, "%02d", day.value) : "XX";
    return y + "-" + m + "-" + d;
  }
}
