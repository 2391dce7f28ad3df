package jiken.indexer.extract.count;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Japanese numerals as written in news and notices: ASCII and full-width digits with
 * thousands separators ({@code 13,434}, {@code １２３}), decimals ({@code 1.4万}), kanji numerals
 * ({@code 三千}, {@code 四千万零六千}) and mixtures with the myriad units ({@code 29万2707},
 * {@code 1万8千}, {@code 1億2000万}).
 *
 * <p>Stateless and thread-safe. Never throws on content: an unparsable string yields {@code null}.
 */
public final class JapaneseNumbers {
  /** A run of characters that may form a numeral; validated by {@link #parse}. */
  static final String NUMERAL_CHARS = "0-9０-９,，.．〇零一二三四五六七八九十百千万億兆";

  private static final Pattern NUMERAL =
      Pattern.compile("(?:[-−－]|マイナス)?[0-9０-９〇零一二三四五六七八九十百千万億兆][" + NUMERAL_CHARS + "]*");
  private static final Pattern FRACTION = Pattern.compile("(" + NUMERAL.pattern() + ")\\s?分の\\s?(" + NUMERAL.pattern() + ")");

  private JapaneseNumbers() {}

  /** A numeral found in a text: {@code text.substring(start, end)} denotes {@code value}. */
  public record Found(int start, int end, BigDecimal value) {}

  /** The integer value of {@code s}, or null when it is not an integral numeral that fits a long. */
  public static Long parseLong(String s) {
    BigDecimal d = parse(s);
    if (d == null) {
      return null;
    }
    try {
      return d.stripTrailingZeros().scale() <= 0 ? d.longValueExact() : null;
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /** The value of a whole numeral string, or null when it is not one. */
  public static BigDecimal parse(String s) {
    if (s == null || s.isEmpty() || s.length() > 40) {
      return null; // longer strings are digit soup (phone numbers, ids), not quantities
    }
    boolean negative = false;
    String t = s;
    if (t.startsWith("マイナス")) {
      negative = true;
      t = t.substring(4);
    } else if (t.charAt(0) == '-' || t.charAt(0) == '−' || t.charAt(0) == '－') {
      negative = true;
      t = t.substring(1);
    }
    BigDecimal v = parseUnsigned(t);
    return v == null ? null : negative ? v.negate() : v;
  }

  private static BigDecimal parseUnsigned(String s) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal section = BigDecimal.ZERO;
    StringBuilder digits = new StringBuilder();
    long lastBig = Long.MAX_VALUE;
    boolean any = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        digits.append((char) ('0' + d));
        any = true;
      } else if (c == '.' || c == '．') {
        if (digits.length() == 0 || digits.indexOf(".") >= 0 || i + 1 >= s.length() || digit(s.charAt(i + 1)) < 0) {
          return null;
        }
        digits.append('.');
      } else if (c == ',' || c == '，') {
        // a separator sits between digits and is followed by exactly three of them
        if (digits.length() == 0 || digits.indexOf(".") >= 0) {
          return null;
        }
        for (int k = 1; k <= 3; k++) {
          if (i + k >= s.length() || digit(s.charAt(i + k)) < 0) {
            return null;
          }
        }
        if (i + 4 < s.length() && digit(s.charAt(i + 4)) >= 0) {
          return null;
        }
      } else {
        long unit = unit(c);
        if (unit == 0) {
          return null;
        }
        BigDecimal cur = digits.length() == 0 ? null : new BigDecimal(digits.toString());
        digits.setLength(0);
        if (unit < 10_000) {
          section = section.add((cur == null ? BigDecimal.ONE : cur).multiply(BigDecimal.valueOf(unit)));
          any = true;
        } else {
          BigDecimal part = cur == null ? section : section.add(cur);
          if (part.signum() == 0 || unit >= lastBig) {
            return null; // 万 without a number, or 万…億 out of order
          }
          total = total.add(part.multiply(BigDecimal.valueOf(unit)));
          section = BigDecimal.ZERO;
          lastBig = unit;
        }
      }
    }
    if (!any) {
      return null;
    }
    BigDecimal rest = digits.length() == 0 ? BigDecimal.ZERO : new BigDecimal(digits.toString());
    return total.add(section).add(rest);
  }

  static int digit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return "〇一二三四五六七八九".indexOf(c) >= 0 ? "〇一二三四五六七八九".indexOf(c) : c == '零' ? 0 : -1;
  }

  private static long unit(char c) {
    return switch (c) {
      case '十' -> 10L;
      case '百' -> 100L;
      case '千' -> 1000L;
      case '万' -> 10_000L;
      case '億' -> 100_000_000L;
      case '兆' -> 1_000_000_000_000L;
      default -> 0L;
    };
  }

  /** Every numeral (and simple fraction {@code X分のY}) in {@code text}, left to right. */
  public static List<Found> findAll(String text) {
    List<Found> out = new ArrayList<>();
    Matcher f = FRACTION.matcher(text);
    int from = 0;
    Matcher m = NUMERAL.matcher(text);
    while (from < text.length() && m.find(from)) {
      if (f.find(m.start()) && f.start() == m.start()) {
        BigDecimal den = parse(trimSeparators(f.group(1)));
        BigDecimal num = parse(trimSeparators(f.group(2)));
        if (den != null && num != null && den.signum() != 0) {
          out.add(new Found(f.start(), f.end(), num.divide(den, MathContext.DECIMAL64)));
          from = f.end();
          continue;
        }
      }
      String raw = trimSeparators(m.group());
      BigDecimal v = parse(raw);
      if (v != null) {
        out.add(new Found(m.start(), m.start() + raw.length(), v));
      }
      from = m.end();
    }
    return out;
  }

  /** Drops trailing separators and dots that punctuate the sentence rather than the number. */
  static String trimSeparators(String s) {
    int e = s.length();
    while (e > 0 && ",，.．".indexOf(s.charAt(e - 1)) >= 0) {
      e--;
    }
    return s.substring(0, e);
  }
}
