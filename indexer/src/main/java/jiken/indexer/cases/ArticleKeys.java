package jiken.indexer.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jiken.indexer.extract.DateFact;
import jiken.indexer.extract.OrgFact;
import jiken.indexer.extract.OrgNames;

/**
 * The grouping features of one article: its primary organisation, its vendors, systems, types,
 * story dates and an unnamed provider mention. Stateless.
 */
record ArticleKeys(String primaryOrg, String primaryName, Set<String> victims, Set<String> vendors,
    Set<String> systems, Set<String> types, List<LocalDate> dates, String unnamedVendor) {

  /** A sentence recalling an earlier incident (同市では3月にも…): its dates are not this story's. */
  private static final Pattern EARLIER_INCIDENT = Pattern.compile("にも[^。]{0,40}(事案|事故|被害|問題|紛失|漏えい|流出)|以前にも|過去にも|前回の");

  private static final Pattern UNNAMED_VENDOR = Pattern.compile(
      "(ECカート|カート|決済代行|決済|印刷|配送|メール配信|クラウド|システム|保守)(?:システム|サービス)?(?:の)?(?:提供会社|提供元|運営会社|事業者|委託先|ベンダー|開発会社)");

  static ArticleKeys of(CaseMember m) {
    var ex = m.extraction();
    OrgFact primary = ex.organizations().stream().filter(o -> o.role().equals(OrgFact.VICTIM)).findFirst()
        .orElse(ex.organizations().isEmpty() ? null : ex.organizations().get(0));
    Set<String> vendors = new LinkedHashSet<>();
    Set<String> victims = new LinkedHashSet<>();
    if (primary != null) {
      victims.add(OrgNames.key(primary.name()));
    }
    for (OrgFact o : ex.organizations()) {
      if (o.role().equals(OrgFact.VENDOR) && o != primary) {
        vendors.add(OrgNames.key(o.name()));
      } else if (o.role().equals(OrgFact.VICTIM)) {
        victims.add(OrgNames.key(o.name()));
        o.aliases().forEach(a -> victims.add(OrgNames.key(a)));
      }
    }
    List<LocalDate> dates = new ArrayList<>();
    for (DateFact d : ex.dates()) {
      LocalDate day = toDay(d.value());
      if (day != null && !day.isAfter(m.reportDate()) && !EARLIER_INCIDENT.matcher(d.provenance().sentence()).find()) {
        dates.add(day);
      }
    }
    if (dates.isEmpty()) {
      dates.add(m.reportDate());
    }
    String unnamed = null;
    Matcher um = UNNAMED_VENDOR.matcher(m.document().title() + "\n" + m.document().text());
    if (vendors.isEmpty() && um.find()) {
      unnamed = um.group(1).replace("EC", "");
    }
    return new ArticleKeys(primary == null ? null : OrgNames.key(primary.name()),
        primary == null ? null : primary.name(), victims, vendors, new LinkedHashSet<>(ex.systemValues()),
        new LinkedHashSet<>(ex.incidentTypeValues()), dates, unnamed);
  }

  /** The first day an ISO partial date denotes, or null when it is only a year. */
  static LocalDate toDay(String iso) {
    try {
      return switch (iso.length()) {
        case 10 -> LocalDate.parse(iso);
        case 7 -> LocalDate.parse(iso + "-01");
        default -> null;
      };
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
