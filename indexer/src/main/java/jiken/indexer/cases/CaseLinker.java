package jiken.indexer.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the automatic links of one case, in both directions, from the keys of all cases:
 * <ul>
 *   <li>vendor → victim, when the victim's articles name the vendor organisation (also by its
 *       English name, matched through romaji);</li>
 *   <li>vendor → victim, when both name the same system and the other case is a vendor's;</li>
 *   <li>vendor → victim (presumed), when the victim mentions only an unnamed provider of the same
 *       kind (カート, 印刷 …) within {@value #UNNAMED_WINDOW_DAYS} days of a vendor's case;</li>
 *   <li>same organisation, for the cases about a common organisation that are nearest in time
 *       ({@link CaseLinkIndex#SAME_ORG_NEIGHBOURS} on each side).</li>
 * </ul>
 * Stateless (romanised names are remembered by {@link CaseIds}); thread-safe.
 */
final class CaseLinker {
  static final int UNNAMED_WINDOW_DAYS = 60;

  private CaseLinker() {}

  static List<CaseLink> linksOf(CaseKey c, CaseGrouper all, java.util.function.Function<String, String> nameOf) {
    List<CaseLink> out = new ArrayList<>();
    // only the cases that could be linked (CaseLinkIndex), not every case: linking stays linear
    for (String otherId : all.linkIndex().candidates(c)) {
      CaseKey other = all.get(otherId);
      if (other == null || other.id().equals(c.id())) {
        continue;
      }
      vendorLink(other, c, all, nameOf, out);
      vendorLink(c, other, all, nameOf, out);
      if (all.linkIndex().sameOrgNeighbours(c, other)) {
        CaseKey older = c.first().isAfter(other.first()) ? other : c;
        CaseKey newer = older == c ? other : c;
        out.add(new CaseLink(older.id(), newer.id(), CaseLink.SAME_ORG,
            "同じ組織「" + nameOf.apply(older.id()) + "」の別の事案", "", "auto"));
      }
    }
    return out;
  }

  /** Adds a link if {@code vendor} looks like the upstream party of {@code victim}. */
  private static void vendorLink(CaseKey vendor, CaseKey victim, CaseGrouper all,
      java.util.function.Function<String, String> nameOf, List<CaseLink> out) {
    if (overlaps(victim.vendors(), vendor.orgs())) {
      out.add(new CaseLink(vendor.id(), victim.id(), CaseLink.VENDOR_OF,
          "委託先・提供元「" + nameOf.apply(vendor.id()) + "」の侵害による被害", "", "auto"));
      return;
    }
    for (String latin : victim.vendors()) {
      if (isLatin(latin) && vendor.orgs().stream().anyMatch(org -> sameNameInLatin(latin, org))) {
        out.add(new CaseLink(vendor.id(), victim.id(), CaseLink.VENDOR_OF, "委託先・提供元「" + nameOf.apply(vendor.id())
            + "」(英語表記「" + latin + "」)の侵害による被害", "", "auto"));
        return;
      }
    }
    boolean vendorCase = isVendorCase(vendor, all);
    if (!vendorCase) {
      return;
    }
    for (String system : victim.systems()) {
      if (vendor.systems().contains(system)) {
        out.add(new CaseLink(vendor.id(), victim.id(), CaseLink.VENDOR_OF,
            "同じシステム「" + system + "」の提供元の侵害", "", "auto"));
        return;
      }
    }
    if (victim.unnamedVendor() != null && vendor.first() != null
        && Math.abs(vendor.first().toEpochDay() - victim.first().toEpochDay()) <= UNNAMED_WINDOW_DAYS
        && !isVendorCase(victim, all) && sharesKind(vendor, victim.unnamedVendor())) {
      out.add(new CaseLink(vendor.id(), victim.id(), CaseLink.VENDOR_OF,
          "同時期の「" + victim.unnamedVendor() + "」提供会社の侵害(提供会社名は公表されていないため推定)", "", "auto"));
    }
  }

  /** A vendor case: its organisation is named as a vendor by some other case. */
  static boolean isVendorCase(CaseKey c, CaseGrouper all) {
    for (String org : c.orgs()) {
      for (String id : all.namingAsVendor(org)) {
        if (!id.equals(c.id()) || all.get(id) != c) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isLatin(String s) {
    return s.chars().allMatch(ch -> ch < 128);
  }

  /**
   * A Latin-script name and a Japanese organisation key denote the same company when the first
   * Latin word (at least {@value #MIN_LATIN_WORD} letters) is how the Japanese name begins in
   * romaji (Soranowa Systems / ソラノワ・システムズ → soranowashisutemuzu). Only the first word is
   * compared: English generic words (Systems, Solutions) are not transliterated back reliably.
   */
  static boolean sameNameInLatin(String latin, String orgKey) {
    String first = latin.split("[ \\-]")[0];
    if (first.length() < MIN_LATIN_WORD) {
      return false;
    }
    if (isLatin(orgKey)) {
      return orgKey.toLowerCase(java.util.Locale.ROOT).startsWith(first);
    }
    String romaji = romaji(orgKey);
    return romaji.startsWith(first) || romaji.startsWith(first.replace("ou", "o"));
  }

  /** The romanised form of a Japanese organisation key that Latin names are compared with. */
  static String romaji(String orgKey) {
    return CaseIds.slugOfKey(orgKey).replace("-", "");
  }

  static final int MIN_LATIN_WORD = 5;

  private static boolean sharesKind(CaseKey vendor, String kind) {
    return vendor.systems().stream().anyMatch(s -> s.contains(kind));
  }

  private static boolean overlaps(Set<String> a, Set<String> b) {
    for (String x : a) {
      if (b.contains(x)) {
        return true;
      }
    }
    return false;
  }
}
