package jiken.indexer.extract;

/** How much of a normalised date is known: {@code 2025-10-28}, {@code 2025-10} or {@code 2025}. */
public enum DatePrecision {
  DAY, MONTH, YEAR;

  /** The precision implied by an ISO partial date's length. */
  public static DatePrecision ofValue(String isoPartial) {
    return switch (isoPartial.length()) {
      case 10 -> DAY;
      case 7 -> MONTH;
      case 4 -> YEAR;
      default -> throw new IllegalArgumentException("not an ISO partial date: " + isoPartial);
    };
  }
}
