package jiken.indexer.extract;

import java.util.List;
import java.util.Objects;

/**
 * An organisation that is a party to the incident.
 *
 * @param name the fullest literal form in the article (with 株式会社 etc. when the text has it)
 * @param role {@link #VICTIM}, {@link #VENDOR} or {@link #OTHER}
 * @param aliases other literal forms in the article (テモナ社 beside テモナ株式会社); not 同社
 * @param provenance the first mention
 */
public record OrgFact(String name, String role, List<String> aliases, Provenance provenance) {
  public static final String VICTIM = "victim";
  public static final String VENDOR = "vendor";
  public static final String OTHER = "other";

  public OrgFact {
    Objects.requireNonNull(name, "name");
    if (!List.of(VICTIM, VENDOR, OTHER).contains(role)) {
      throw new IllegalArgumentException("role must be victim, vendor or other: " + role);
    }
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }
}
