package jiken.indexer.extract.date;

import java.util.regex.Pattern;
import jiken.indexer.analysis.FastPattern;

/**
 * The regular expressions of {@link DateScanner}, applied with {@code lookingAt} at one position
 * of width-folded text ({@link JaText#fold}). Each is bounded (no nested unbounded repetition), so a
 * failed attempt costs a constant, whatever the input.
 */
final class DatePatterns {
  private DatePatterns() {}

  /** A month or day number: 1–2 Arabic digits or 1–3 kanji ({@code 十二}, {@code 二十九}). */
  private static final String N2 = "(?:\\d{1,2}|[一二三四五六七八九十]{1,3})";
  private static final String ERA = "(?<era>令和|平成|昭和|大正|明治|[RHS](?= ?\\d))";
  private static final String SP = " {0,2}";
  /** Weekday in brackets or with 曜: {@code (金)}, {@code (水曜日)}, {@code 火曜日}. */
  static final String WEEKDAY =
      "(?:" + SP + "\\((?<wd>[月火水木金土日])(?:曜日?)?(?:・?祝)?\\)|(?<wd2>[月火水木金土日])曜日?)";
  /** A part of a month: the value keeps month precision. */
  static final String PART = "(?<part>" + SP + "(?:上旬|中旬|下旬|初旬|末日|末|初め|はじめ|始め|頭|終わり|おわり))";

  /**
   * Dates with kanji units: {@code 2024年5月21日}, {@code 令和 4 年 7 月 19 日}, {@code 令和元年},
   * {@code 二〇二五年十月}, {@code 13年7月} (a two-digit year only before a month), {@code 5月},
   * {@code 20日}, {@code 4月14〜16日} (a day without 日 when a range follows), {@code 2021年/7月/18日}.
   */
  static final Pattern UNITS = Pattern.compile(
      "(?:(?:" + ERA + SP + "(?<ey>元|\\d{1,2}|[一二三四五六七八九十]{1,3})"
          + "|(?:西暦)?(?<y>\\d{4}|[〇零一二三四五六七八九]{4})"
          + "|(?<yy>\\d{2})(?= ?年 ?\\d{1,2} ?月))" + SP + "年(?<fy>度)?(?:" + SP + "/)?" + SP + ")?"
          + "(?:(?<m>" + N2 + ")" + SP + "月(?:" + SP + "/)?" + SP + ")?"
          + "(?:(?<d>" + N2 + ")(?:" + SP + "日|(?=" + SP + "(?:~|から|-|ー)" + SP + "\\d{1,2}" + SP + "日)))?"
          + "(?:" + PART + "|" + WEEKDAY + ")?");

  /**
   * Dates with separators: {@code 2024/6/6}, {@code 2019.05.29}, {@code 令和2.10.31(土)},
   * {@code R6.4.1}, {@code 2021/7}, {@code 2021-07-18}, hybrid {@code 2023年8/31日}.
   */
  static final Pattern SEPARATED = Pattern.compile(
      "(?:" + ERA + " ?(?<ey>元|\\d{1,2})|(?:西暦)?(?<y>\\d{4}))(?<yu>年)?(?<s1>[/.\\-・,])?"
          + "(?<m>\\d{1,2})(?<mu>月)?(?:(?<s2>[/.\\-・,])(?<d>\\d{1,2})(?<du>日)?)?"
          + WEEKDAY + "?");

  /** Month/day with a slash: {@code 3/2}, {@code 8/31(木)}. */
  static final Pattern MONTH_DAY = Pattern.compile("(?<m>\\d{1,2})/(?<d>\\d{1,2})(?<du>日)?" + WEEKDAY + "?");

  /** A relative year before a month: {@code 昨年6月10日}, {@code 同年12月}, {@code ことし10月}, {@code 昨年末}. */
  static final Pattern YEAR_WORD = Pattern.compile(
      "(?<yw>一昨年|同年|昨年|去年|前年|今年|ことし|本年|翌年|来年)(?:" + SP + "(?<m>" + N2 + ")" + SP + "月"
          + "(?:" + SP + "(?<d>" + N2 + ")" + SP + "日)?|(?<end>末))"
          + "(?:" + PART + "|" + WEEKDAY + ")?");

  /** A relative month: {@code 同月31日}, {@code 先月(8月)30日}, {@code 今月26日}, {@code 先月末}. */
  static final Pattern MONTH_WORD = Pattern.compile(
      "(?<mw>同月|先月|今月|本月|翌月|前月|来月)(?:\\((?<bm>" + N2 + ")月\\))?"
          + "(?:" + SP + "(?<d>" + N2 + ")" + SP + "日)?"
          + "(?:" + PART + "|" + WEEKDAY + ")?");

  /** {@code 翌21日}, {@code 同28日}: a day relative to the previous date. */
  static final Pattern NEXT_DAY_NUMBER = Pattern.compile("(?<dw>翌|同)(?<d>" + N2 + ")" + SP + "日" + WEEKDAY + "?");

  /** Day words; an explicit date may follow ({@code 昨日(2月7日)}, {@code 翌日9月29日}, {@code 本日13日}). */
  static final Pattern DAY_WORD = Pattern.compile("(?<dw>一昨日|明後日|本日|今日|昨日|同日|当日|翌日|前日|明日)");

  /**
   * The patterns the scanner tries at each position, with their prefilters: most positions can
   * start none of them, and a position is rejected on its character before a matcher is made.
   * Read-only after class initialisation.
   */
  private static final java.util.Map<Pattern, FastPattern> FAST = new java.util.IdentityHashMap<>();

  static {
    for (Pattern p : new Pattern[] {UNITS, SEPARATED, MONTH_DAY, YEAR_WORD, MONTH_WORD, NEXT_DAY_NUMBER, DAY_WORD}) {
      FAST.put(p, FastPattern.of(p));
    }
  }

  /** False only when no match of {@code p} (one of the scanner's patterns) starts at {@code s[i]}. */
  static boolean mayStartAt(Pattern p, String s, int i) {
    FastPattern f = FAST.get(p);
    return f == null || i >= s.length() || f.canStartWith(s.charAt(i));
  }

  /** Characters where an attempt can start; everything else is skipped in O(1). */
  static boolean canStart(char c) {
    return JaText.isAsciiDigit(c) || JaText.isKanjiDigit(c) || c == '十'
        || "令平昭大明西RHS同昨去前今こ本翌来当先".indexOf(c) >= 0;
  }

  static int weekday(String w) {
    return w == null ? 0 : "月火水木金土日".indexOf(w.charAt(0)) + 1;
  }

  /** Era name or initial to the Gregorian year of its first year, or -1. */
  static int eraStart(String era) {
    return switch (era) {
      case "令和", "R" -> 2018;
      case "平成", "H" -> 1988;
      case "昭和", "S" -> 1925;
      case "大正" -> 1911;
      case "明治" -> 1867;
      default -> -1;
    };
  }
}
