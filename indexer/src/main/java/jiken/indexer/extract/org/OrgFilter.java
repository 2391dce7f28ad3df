package jiken.indexer.extract.org;

import java.util.regex.Pattern;

/**
 * Rejects organisations that are not parties: regulators and agencies that only received a
 * report, news outlets and bylines, security vendors quoted as commentators, hypothetical
 * A社/B社 examples and names made only of generic words. Stateless and thread-safe.
 */
final class OrgFilter {
  private static final Pattern HYPOTHETICAL = Pattern.compile("^([A-ZＡ-Ｚ]|[○〇×△□]+|某)社?$");

  private OrgFilter() {}

  static boolean distractor(String text, OrgEntity e) {
    if (e.has(OrgMention.Kind.POLICE)) {
      return false;
    }
    String name = e.name();
    String key = LegalForms.key(name);
    if (key.length() < 2 && !e.has(OrgMention.Kind.LEGAL) || HYPOTHETICAL.matcher(key).matches()
        || OrgLexicon.isGeneric(key)) {
      return true;
    }
    for (String k : e.keys) {
      if (OrgLexicon.REGULATOR.matcher(k).matches() || OrgLexicon.NEWS.matcher(k).find()) {
        return true;
      }
    }
    if (OrgLexicon.COMMENTATORS.contains(key) && !e.has(OrgMention.Kind.BARE)) {
      return true;
    }
    return false;
  }
}
