package jiken.indexer.extract.date;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds and normalises Japanese date expressions in a piece of text against a reference date:
 * 西暦 and 和暦 (令和/平成/昭和/大正/明治, 元年, {@code R6.4.1}), full-width and kanji numerals,
 * slashes and dots, spaced PDF forms, two-digit years, parts of months, relative words. Fiscal
 * years come back with year precision and {@link Found#fiscal()} set.
 *
 * <p>Year convention: {@link Convention#MOST_RECENT} (the project's) puts a date written without a
 * year in the most recent year that keeps it no later than a month after the reference;
 * {@link Convention#REFERENCE_YEAR} (ja-timex's) always uses the reference year. Without a reference
 * such dates have no value. Stateless and thread-safe.
 */
public final class JaDateNormalizer {
  /** How to give a year to a date written without one. */
  public enum Convention { MOST_RECENT, REFERENCE_YEAR }

  /**
   * One expression found.
   *
   * @param start offset in the input (inclusive)
   * @param end offset after the expression
   * @param text the expression as written
   * @param value ISO partial date, or null when it cannot be resolved
   * @param timex the value as written, with unknown parts as X ({@code XXXX-07-18})
   * @param fiscal a fiscal year ({@code 令和7年度}, {@code 2024年度})
   */
  public record Found(int start, int end, String text, String value, String timex, boolean fiscal) {}

  private final DateScanner scanner = new DateScanner();

  /** Every date expression in {@code text}, in order. */
  public List<Found> findAll(String text, LocalDate reference, Convention convention) {
    String folded = JaText.fold(text);
    List<DateMention> mentions = scanner.scan(folded);
    DateResolver resolver = new DateResolver(YearHints.ofReference(reference),
        convention == Convention.REFERENCE_YEAR);
    List<Found> out = new ArrayList<>(mentions.size());
    for (DateMention m : mentions) {
      out.add(new Found(m.start(), m.end(), text.substring(m.start(), m.end()), resolver.resolve(m),
          m.timex(), m.fiscal()));
    }
    return out;
  }

  /** The value of the first date expression in {@code text}, resolved the project's way. */
  public Optional<String> normalize(String text, LocalDate reference) {
    return findAll(text, reference, Convention.MOST_RECENT).stream()
        .map(Found::value).filter(v -> v != null).findFirst();
  }
}
