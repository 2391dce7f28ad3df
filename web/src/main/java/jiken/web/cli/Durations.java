package jiken.web.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses {@code 90s}, {@code 30m}, {@code 2h}, {@code 1d} (or ISO-8601 {@code PT30M}). */
final class Durations {
  private static final Pattern SIMPLE = Pattern.compile("(\\d{1,6})([smhd])");

  private Durations() {}

  static Duration parse(String s) {
    Matcher m = SIMPLE.matcher(s.strip());
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      Duration d = switch (m.group(2)) {
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
      if (d.toSeconds() < 1) {
        throw new IllegalArgumentException("duration must be at least 1s");
      }
      return d;
    }
    try {
      return Duration.parse(s.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("not a duration: " + s + " (use e.g. 30m, 2h)");
    }
  }
}
