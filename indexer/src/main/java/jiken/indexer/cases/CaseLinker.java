package jiken.indexer.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the automatic links of one case, in both directions, from the keys of all cases:
 * <ul>
 *   <li>vendor → victim, when the victim's articles name the vendor organisation;</li>
 *   <li>vendor → victim, when both name the same system and the other case is a vendor's;</li>
 *   <li>vendor → victim (presumed), when the victim mentions only an unnamed provider of the same
 *       kind (カート, 印刷 …) within {@value #UNNAMED_WINDOW_DAYS} days of a vendor's case;</li>
 *   <li>same organisation, for other cases about the same organisation.</li>
 * </ul>
 * Stateless.
 */
final class CaseLinker {
  static final int UNNAMED_WINDOW_DAYS = 60;

  private CaseLinker() {}

  static List<CaseLink> linksOf(CaseKey c, CaseGrouper all, java.util.function.Function<String, String> nameOf) {
    List<CaseLink> out = new ArrayList<>();
    for (CaseKey other : all.all()) {
      if (other.id().equals(c.id())) {
        continue;
      }
      vendorLink(other, c, all, nameOf, out);
      vendorLink(c, other, all, nameOf, out);
      if (overlaps(c.orgs(), other.orgs())) {
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
  private static boolean isVendorCase(CaseKey c, CaseGrouper all) {
    for (CaseKey other : all.all()) {
      if (other != c && overlaps(other.vendors(), c.orgs())) {
        return true;
      }
    }
    return false;
  }

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
