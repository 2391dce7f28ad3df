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
record ArticleKeys(String primaryOrg, String primaryName, Set<String> vendors,
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
    for (OrgFact o : ex.organizations()) {
      if (o != primary && (o.role().equals(OrgFact.VENDOR) || introducedAsProvider(o))) {
        vendors.add(OrgNames.key(o.name()));
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
    String fullText = m.document().title() + "\n" + m.document().text();
    if (primary != null) {
      vendors.addAll(latinProviders(fullText));
    }
    String unnamed = null;
    Matcher um = UNNAMED_VENDOR.matcher(fullText);
    if (vendors.isEmpty() && um.find()) {
      unnamed = um.group(1).replace("EC", "");
    }
    return new ArticleKeys(primary == null ? null : OrgNames.key(primary.name()),
        primary == null ? null : primary.name(), vendors, new LinkedHashSet<>(ex.systemValues()),
        new LinkedHashSet<>(ex.incidentTypeValues()), dates, unnamed);
  }

  /**
   * A secondary organisation introduced as the provider of the reporter's system
   * (「システムを提供する株式会社X」, 「委託先のX」): the extractor may call it a victim because it
   * was attacked, but for the reporting organisation it is the vendor.
   */
  static boolean introducedAsProvider(OrgFact o) {
    String sentence = o.provenance() == null ? "" : o.provenance().sentence();
    int at = sentence.indexOf(o.name());
    if (at < 0) {
      return false;
    }
    return PROVIDER_CUE.matcher(sentence.substring(Math.max(0, at - PROVIDER_CUE_WINDOW), at)).find();
  }

  /**
   * Latin-script company names introduced as a provider (委託先Acme Systems, 「… Inc.」), lower-cased
   * without the legal suffix: victims often name a vendor by its English name, which the
   * organisation extractor does not read. {@link CaseLinker} matches them by romanisation.
   */
  static Set<String> latinProviders(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (Pattern p : List.of(LATIN_AFTER_CUE, LATIN_WITH_SUFFIX)) {
      Matcher lm = p.matcher(text);
      while (lm.find()) {
        String name = LEGAL_SUFFIX.matcher(lm.group(1)).replaceAll("").strip().toLowerCase(java.util.Locale.ROOT);
        if (name.length() >= MIN_LATIN_NAME) {
          out.add(name);
        }
      }
    }
    return out;
  }

  private static final Pattern PROVIDER_CUE = Pattern.compile("提供する|提供している|提供元の?|委託先の?|委託している|開発元の?|運用する");
  private static final int PROVIDER_CUE_WINDOW = 12;
  private static final String LATIN_NAME = "([A-Z][A-Za-z0-9&\\-]+(?: [A-Z][A-Za-z0-9&\\-]+){0,3}(?: (?:Inc|Corp|Ltd|Co)\\.?)?)";
  private static final Pattern LATIN_AFTER_CUE = Pattern.compile("(?:委託先|提供元|委託している|提供する|提供している|開発元)(?:の|である)?\\s*" + LATIN_NAME);
  private static final Pattern LATIN_WITH_SUFFIX = Pattern.compile(
      "([A-Z][A-Za-z0-9&\\-]+(?: [A-Z][A-Za-z0-9&\\-]+){0,3} (?:Inc|Corp|Ltd|Co)\\.?)");
  private static final Pattern LEGAL_SUFFIX = Pattern.compile("(?:,? (?:Inc|Corp|Ltd|Co|Corporation)\\.?)+$");
  private static final int MIN_LATIN_NAME = 4;

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
