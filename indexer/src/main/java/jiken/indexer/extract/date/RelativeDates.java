package jiken.indexer.extract.date;

import static jiken.indexer.extract.date.DateMention.Anchor;
import static jiken.indexer.extract.date.DateMention.Part;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Relative date expressions for {@link DateScanner}: {@code 同年6月30日}, {@code 昨年末},
 * {@code 先月(8月)30日}, {@code 今月26日}, {@code 翌21日}, {@code 同日}, {@code 昨日(2月7日)},
 * {@code 本日13日}. {@code 昨年}/{@code 今年}/{@code 本日} count from the reference (publication)
 * date; {@code 同}/{@code 翌}/{@code 前} from the previous date of the story. Stateless.
 */
final class RelativeDates {
  private RelativeDates() {}

  static DateMention at(DateScanner scanner, String s, int i) {
    DateMention m = yearWord(s, i);
    if (m == null) {
      m = monthWord(s, i);
    }
    if (m == null) {
      m = nextDayNumber(s, i);
    }
    if (m == null) {
      m = dayWord(scanner, s, i);
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

  private static DateMention yearWord(String s, int i) {
    Matcher m = match(DatePatterns.YEAR_WORD, s, i);
    if (m == null) {
      return null;
    }
    Part year = switch (m.group("yw")) {
      case "一昨年" -> new Part(Anchor.REF, -2);
      case "昨年", "去年" -> new Part(Anchor.REF, -1);
      case "今年", "ことし", "本年" -> new Part(Anchor.REF, 0);
      case "来年" -> new Part(Anchor.REF, 1);
      case "前年" -> new Part(Anchor.PREV, -1);
      case "翌年" -> new Part(Anchor.PREV, 1);
      default -> new Part(Anchor.PREV, 0); // 同年
    };
    if (m.group("end") != null) { // 昨年末: December of that year
      return new DateMention(i, m.end(), year, Part.abs(12), Part.NONE, true, 0, false);
    }
    Part month = DateScanner.number(m.group("m"), 12);
    Part day = DateScanner.number(m.group("d"), 31);
    if (month == null || day == null) {
      return null;
    }
    return new DateMention(i, DateScanner.trimEnd(s, i, m.end()), year, month, day,
        m.group("part") != null, DateScanner.weekday(m), false);
  }

  private static DateMention monthWord(String s, int i) {
    Matcher m = match(DatePatterns.MONTH_WORD, s, i);
    if (m == null || s.startsWith("比", m.end()) || i > 0 && s.charAt(i - 1) == '年') {
      return null; // 前年同月比: a comparison, not a date
    }
    Part day = DateScanner.number(m.group("d"), 31);
    Part bracket = DateScanner.number(m.group("bm"), 12);
    if (day == null || bracket == null) {
      return null;
    }
    boolean part = m.group("part") != null;
    int end = DateScanner.trimEnd(s, i, m.end());
    if (bracket.given()) { // 先月(8月)30日: the written month wins; the year is inferred as usual
      return new DateMention(i, end, Part.NONE, bracket, day, part, DateScanner.weekday(m), false);
    }
    Part month = switch (m.group("mw")) {
      case "先月" -> new Part(Anchor.REF, -1);
      case "今月", "本月" -> new Part(Anchor.REF, 0);
      case "来月" -> new Part(Anchor.REF, 1);
      case "前月" -> new Part(Anchor.PREV, -1);
      case "翌月" -> new Part(Anchor.PREV, 1);
      default -> new Part(Anchor.PREV, 0); // 同月
    };
    return new DateMention(i, end, Part.NONE, month, day, part, DateScanner.weekday(m), false);
  }

  private static DateMention nextDayNumber(String s, int i) {
    Matcher m = match(DatePatterns.NEXT_DAY_NUMBER, s, i);
    if (m == null) {
      return null;
    }
    Part day = DateScanner.number(m.group("d"), 31);
    if (day == null) {
      return null;
    }
    Part month = m.group("dw").equals("翌") ? new Part(Anchor.FOLLOWING, 0) : new Part(Anchor.PREV, 0);
    return new DateMention(i, m.end(), Part.NONE, month, day, false, DateScanner.weekday(m), false);
  }

  /** A day word, merged with an explicit date written right after it. */
  private static DateMention dayWord(DateScanner scanner, String s, int i) {
    Matcher m = match(DatePatterns.DAY_WORD, s, i);
    if (m == null) {
      return null;
    }
    String w = m.group("dw");
    boolean ref = !(w.equals("同日") || w.equals("当日") || w.equals("翌日") || w.equals("前日"));
    int offset = switch (w) {
      case "一昨日" -> -2;
      case "昨日", "前日" -> -1;
      case "翌日", "明日" -> 1;
      case "明後日" -> 2;
      default -> 0;
    };
    Part word = new Part(ref ? Anchor.REF : Anchor.PREV, offset);
    DateMention plain = new DateMention(i, m.end(), Part.NONE, Part.NONE, word, false, 0, false);
    int k = m.end();
    boolean bracket = k < s.length() && s.charAt(k) == '(';
    if (bracket) {
      k++;
    }
    if (k >= s.length() || !JaText.isAsciiDigit(s.charAt(k)) && !JaText.isKanjiDigit(s.charAt(k))) {
      return plain;
    }
    DateMention explicit = scanner.separated(s, k);
    if (explicit == null) {
      explicit = scanner.units(s, k);
    }
    if (explicit == null || !explicit.day().given()) {
      return plain;
    }
    int end = explicit.end();
    if (bracket) {
      if (end >= s.length() || s.charAt(end) != ')') {
        return plain;
      }
      end++;
    }
    if (explicit.month().given()) {
      return new DateMention(i, end, explicit.year(), explicit.month(), explicit.day(), false,
          explicit.weekday(), false);
    }
    // 本日13日: the day is written, the month and year are those of the word's own date
    Part anchor = new Part(ref ? Anchor.REF : Anchor.PREV, 0);
    return new DateMention(i, end, anchor, anchor, explicit.day(), false, explicit.weekday(), false);
  }
}
