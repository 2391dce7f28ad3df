package jiken.indexer.extract;

import java.util.Objects;

/**
 * The number of people or records affected.
 *
 * @param text the literal expression (e.g. {@code 約1万6000件})
 * @param value the integer it denotes (16000)
 * @param provenance where it was read
 */
public record CountFact(String text, long value, Provenance provenance) {
  public CountFact {
    Objects.requireNonNull(text, "text");
    if (value < 0) {
      throw new IllegalArgumentException("negative count " + value);
    }
  }
}
