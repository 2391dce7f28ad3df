package jiken.indexer.extract;

import java.util.List;
import java.util.Objects;

/**
 * A date of the incident story, normalised.
 *
 * @param text the literal expression as written (e.g. {@code 同月28日})
 * @param value ISO partial date: {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}
 * @param precision derived from {@code value}
 * @param event one of {@link #EVENTS}
 * @param provenance where it was read
 */
public record DateFact(String text, String value, DatePrecision precision, String event, Provenance provenance) {
  public static final List<String> EVENTS = List.of("occurred", "detected", "notified", "contained",
      "disclosed", "restored", "reported_to_authority", "other");

  public DateFact {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    if (precision != DatePrecision.ofValue(value)) {
      throw new IllegalArgumentException("precision " + precision + " does not match " + value);
    }
    if (!EVENTS.contains(event)) {
      throw new IllegalArgumentException("unknown event: " + event);
    }
  }
}
