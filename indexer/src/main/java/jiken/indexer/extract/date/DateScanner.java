package jiken.indexer.extract.date;

import static jiken.indexer.extract.date.DateMention.Anchor;
import static jiken.indexer.extract.date.DateMention.Part;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in text and parses them into {@link DateMention}s, without resolving
 * years. Input is width-folded ({@link JaText#fold}) so offsets equal those of the original.
 *
 * <p>Linear in practice: attempts start only at characters of {@link DatePatterns#canStart}, each
 * attempt is a bounded {@code lookingAt}, and a hit skips past its span. Durations ({@code 3日間},
 * {@code 30日以内}), per-day rates ({@code 1日30人}), 3月期 and the like are rejected here.
 * Stateless and thread-safe.
 */
final class DateScanner {
  /** Before a lone day or month, these make it a count, not a date ({@code 約3日}, {@code 毎月15日}). */
  private static final Pattern COUNT_PREFIX =
      Pattern.compile("(?:約|最大|最長|最短|計|毎|各|第|過去|直近|延べ|およそ|わずか|ここ|数|満|毎月|月に)$");
  /** After a lone day or month: a duration, an offset or a rate. */
  private static final Pattern COUNT_SUFFIX = Pattern.compile(
      "(?:間|以内|目|後(?!半)|前(?!後|半)|ぶり|連続|あたり|当たり|平均|程度|ほど|余り|超|分の|\\d|期|決算|度|か月|ヶ月|カ月)");

  List<DateMention> scan(String folded) {
    List<DateMention> out = new ArrayList<>();
    int n = folded.length();
    for (int i = 0; i < n; i++) {
      char c = folded.charAt(i);
      if (!DatePatterns.canStart(c) || blockedOnLeft(folded, i)) {
        continue;
      }
      DateMention m = at(folded, i);
      if (m != null && m.end() > i) {
        out.add(m);
        i = m.end() - 1;
      }
    }
    return out;
  }

  /** A digit run continues on the left, or a Latin era letter is part of a word. */
  private static boolean blockedOnLeft(String s, int i) {
    if (i == 0) {
      return false;
    }
    char c = s.charAt(i);
    char p = s.charAt(i - 1);
    if (JaText.isAsciiDigit(c) || c == 'R' || c == 'H' || c == 'S') {
      boolean afterNumber = i > 1 && JaText.isAsciiDigit(s.charAt(i - 2));
      return JaText.isAsciiDigit(p) || Character.isLetter(p) && p < 0x80 || p == '+' || p == '_' || p == '#'
          || afterNumber && (p == '.' || p == '/' || p == ',' || p == '-' || p == ':');
    }
    if (JaText.isKanjiDigit(c) || c == '十') {
      return JaText.isKanjiDigit(p) || p == '十' || p == '百' || p == '千' || p == '万';
    }
    return false;
  }

  /** The mention starting exactly at {@code i}, or null. */
  DateMention at(String s, int i) {
    DateMention m = separated(s, i);
    if (m == null) {
      m = units(s, i);
    }
    if (m == null) {
      m = monthDay(s, i);
    }
    if (m == null) {
      m = RelativeDates.at(this, s, i);
    }
    return m;
  }

  private static Matcher match(Pattern p, String s, int i) {
    if (!DatePatterns.mayStartAt(p, s, i)) {
      return null;
    }
    Matcher m = p.matcher(s);
    m.region(i, s.length());
    return m.lookingAt() ? m : null;
  }

  DateMention units(String s, int i) {
    Matcher m = match(DatePatterns.UNITS, s, i);
    if (m == null || m.end() == i) {
      return null;
    }
    Part year = year(m);
    if (year == null) {
      return null;
    }
    if (m.group("fy") != null) {
      return new DateMention(i, m.end("fy"), year, Part.NONE, Part.NONE, false, 0, true);
    }
    Part month = number(m.group("m"), 12);
    Part day = number(m.group("d"), 31);
    if (month == null || day == null || !year.given() && !month.given() && !day.given()
        || year.given() && day.given() && !month.given()) {
      return null;
    }
    int end = trimEnd(s, i, m.end());
    boolean single = !year.given() && (month.given() != day.given());
    if (single && !plausibleAlone(s, i, end, month.given() ? m.group("m") : m.group("d"))) {
      return null;
    }
    if (month.given() && !day.given() && m.group("part") == null && startsWith(s, end, "期", "度", "決算")) {
      return null;
    }
    return new DateMention(i, end, year, month, day, m.group("part") != null, weekday(m), false);
  }

  DateMention separated(String s, int i) {
    Matcher m = match(DatePatterns.SEPARATED, s, i);
    if (m == null) {
      return null;
    }
    String s1 = m.group("s1");
    String s2 = m.group("s2");
    boolean units = m.group("yu") != null || m.group("mu") != null;
    if (s1 == null) { // hybrid 2023年8/31日 only; 2024年5月21日 is the units pattern's
      if (m.group("yu") == null || !"/".equals(s2) || m.group("mu") != null) {
        return null;
      }
    } else if (s2 != null && (!s2.equals(s1) || units && !"/".equals(s1))) {
      return null;
    } else if (s2 == null && !"/".equals(s1) && m.group("era") == null) {
      return null; // 2021.7 may be a version or a decimal; 2021/7 and 令和3.7 are dates
    }
    int end = m.end();
    if (end < s.length()) {
      char next = s.charAt(end);
      if (JaText.isAsciiDigit(next) || next == '%' || Character.isLetter(next) && next < 0x80
          || (next == '.' || next == '/' || next == '-') && end + 1 < s.length()
          && JaText.isAsciiDigit(s.charAt(end + 1))) {
        return null;
      }
    }
    Part year = year(m);
    Part month = number(m.group("m"), 12);
    Part day = number(m.group("d"), 31);
    if (year == null || !year.given() || month == null || !month.given() || day == null) {
      return null;
    }
    return new DateMention(i, end, year, month, day, false, weekday(m), false);
  }

  private DateMention monthDay(String s, int i) {
    if (!JaText.isAsciiDigit(s.charAt(i))) {
      return null;
    }
    Matcher m = match(DatePatterns.MONTH_DAY, s, i);
    if (m == null) {
      return null;
    }
    int end = m.end();
    if (end < s.length()) {
      char next = s.charAt(end);
      if (JaText.isAsciiDigit(next) || next == '/' || next == '%' || next == ':' || next == '.'
          || Character.isLetter(next) && next < 0x80) {
        return null;
      }
    }
    Part month = number(m.group("m"), 12);
    Part day = number(m.group("d"), 31);
    if (month == null || day == null) {
      return null;
    }
    return new DateMention(i, end, Part.NONE, month, day, false, weekday(m), false);
  }

  /** A lone day or month is a date unless counting words surround it. */
  static boolean plausibleAlone(String s, int start, int end, String digits) {
    if (digits != null && !JaText.isAsciiDigit(digits.charAt(0)) && digits.length() < 2) {
      return false; // 一日, 三日: more often "one day" than "the 1st"
    }
    int from = Math.max(0, start - 3);
    if (COUNT_PREFIX.matcher(s.substring(from, start)).find()) {
      return false;
    }
    Matcher after = COUNT_SUFFIX.matcher(s);
    after.region(end, s.length());
    return !after.lookingAt();
  }

  static boolean startsWith(String s, int at, String... words) {
    for (String w : words) {
      if (s.startsWith(w, at)) {
        return true;
      }
    }
    return false;
  }

  /** Drops trailing spaces and slashes that the optional pattern parts swallowed. */
  static int trimEnd(String s, int start, int end) {
    while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '/')) {
      end--;
    }
    return end;
  }

  static int weekday(Matcher m) {
    String w = m.group("wd");
    return DatePatterns.weekday(w != null ? w : m.group("wd2"));
  }

  /** The year part of a units or separated match; null when invalid, {@link Part#NONE} when absent. */
  private static Part year(Matcher m) {
    String era = m.group("era");
    if (era != null) {
      int y = JaText.number(m.group("ey"));
      return y < 1 || y > 99 ? null : Part.abs(DatePatterns.eraStart(era) + y);
    }
    String y = m.group("y");
    if (y != null) {
      int v = JaText.number(y);
      return v < 1900 || v > 2099 ? null : Part.abs(v);
    }
    String yy = groupOrNull(m, "yy");
    return yy == null ? Part.NONE : new Part(Anchor.SHORT_YEAR, JaText.number(yy));
  }

  private static String groupOrNull(Matcher m, String name) {
    try {
      return m.group(name);
    } catch (IllegalArgumentException e) {
      return null; // the separated pattern has no two-digit year group
    }
  }

  /** A month or day number within 1..max; {@link Part#NONE} when absent; null when out of range. */
  static Part number(String text, int max) {
    if (text == null) {
      return Part.NONE;
    }
    int v = JaText.number(text);
    return v < 1 || v > max ? null : Part.abs(v);
  }
}
