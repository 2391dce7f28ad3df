package jiken.crawler.extract;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates as Japanese news pages write them: 2025年10月30日, 令和7年10月30日 (and
 * 令和元年), 2025/10/30, 2025.10.30, 2025-10-30, full-width digits included (text is NFKC-folded
 * first), and machine dates (ISO 8601 with or without offset, RFC 1123). Instants are converted
 * to Japan time: the date a Japanese reader saw. Stateless and thread-safe.
 */
public final class JapaneseDates {
  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private static final Pattern KANJI = Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern ERA = Pattern.compile("(令和|平成)\\s*(\\d{1,2}|元)\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
  private static final Pattern NUMERIC = Pattern.compile("(?<!\\d)(\\d{4})([/.\\-])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");

  private JapaneseDates() {}

  /** The first date written in {@code text}, or {@code null}. */
  public static LocalDate find(String text) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
    LocalDate best = null;
    int bestAt = Integer.MAX_VALUE;
    Matcher m = KANJI.matcher(s);
    if (m.find()) {
      LocalDate d = date(m.group(1), m.group(2), m.group(3));
      if (d != null) {
        best = d;
        bestAt = m.start();
      }
    }
    m = ERA.matcher(s);
    if (m.find() && m.start() < bestAt) {
      int base = m.group(1).equals("令和") ? 2018 : 1988;
      int y = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
      LocalDate d = date(String.valueOf(base + y), m.group(3), m.group(4));
      if (d != null) {
        best = d;
        bestAt = m.start();
      }
    }
    m = NUMERIC.matcher(s);
    while (m.find() && m.start() < bestAt) {
      LocalDate d = date(m.group(1), m.group(3), m.group(4));
      if (d != null) {
        return d;
      }
    }
    return best;
  }

  /** A machine-readable date (meta content, datetime attribute, JSON-LD), else {@link #find}. */
  public static LocalDate parseMachine(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    try {
      return OffsetDateTime.parse(v).atZoneSameInstant(JAPAN).toLocalDate();
    } catch (DateTimeParseException e) {
      // next format
    }
    try {
      return LocalDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException e) {
      // next format
    }
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).withZoneSameInstant(JAPAN).toLocalDate();
    } catch (DateTimeParseException e) {
      // next format
    }
    // "+0900" offsets without a colon, and other near-ISO forms
    if (v.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?[+-]\\d{4}")) {
      return parseMachine(v.substring(0, v.length() - 2) + ":" + v.substring(v.length() - 2));
    }
    return find(v);
  }

  private static LocalDate date(String y, String m, String d) {
    try {
      int year = Integer.parseInt(y);
      if (year < 1990 || year > 2100) {
        return null;
      }
      return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }
}
