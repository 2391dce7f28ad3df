package jiken.indexer.extract;

import java.util.Objects;

/**
 * A label from a closed list (an incident type or a data type) or a named system, with the words
 * that gave it.
 *
 * @param value the label ({@code ransomware}, {@code credit_card}) or the system's literal name
 * @param evidence the literal words that triggered it
 * @param provenance where they were read
 */
public record LabelFact(String value, String evidence, Provenance provenance) {
  public LabelFact {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(evidence, "evidence");
  }
}
