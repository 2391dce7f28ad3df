package jiken.indexer.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jiken.indexer.analysis.FastPattern;
import jiken.indexer.extract.DateFact;
import jiken.indexer.extract.OrgFact;
import jiken.indexer.extract.OrgNames;

/**
 * The grouping features of one article: its primary organisation, its vendors, systems, types,
 * story dates and an unnamed provider mention, plus what tells a follow-up from a new incident of
 * the same organisation ({@link CaseGrouper#choose}): when it was reported, the exact days and the
 * counts it states, and whether it says it is a follow-up. Immutable and thread-safe.
 *
 * @param reported the publication date (else the fetch date) of the article
 * @param days the story dates given to the day, as epoch days, sorted and distinct
 * @param months the story dates given only to the month (1月末, 昨年12月), as epoch months
 *     ({@code year * 12 + month - 1}), sorted and distinct: weaker evidence than a day; without the
 *     ends of a period (2023年4月から2025年12月末までに受診した患者), which dates the data, not the incident
 * @param counts the quantities of people or records the text states (約2100件, 当初は約300人), at least
 *     {@value #MIN_COUNT}, sorted and distinct
 * @param followUp whether the text calls itself a follow-up (続報, 第2報, 当初は…, …した問題で)
 */
record ArticleKeys(String primaryOrg, String primaryName, Set<String> vendors,
    Set<String> systems, Set<String> types, List<LocalDate> dates, String unnamedVendor,
    LocalDate reported, int[] days, int[] months, long[] counts, boolean followUp) {

  /** Smaller counts (1人, 2件) recur across a body's unrelated incidents too often to identify one. */
  static final int MIN_COUNT = 10;

  /** A count as news writes it: 約2100件, 1万2,345人分, 5万9044ID, 1.4万件, 1万8千人, 三百人. */
  private static final FastPattern COUNT = FastPattern.compile(
      "([0-9０-９][0-9０-９,，.．〇一二三四五六七八九十百千万億]*|[一二三四五六七八九十百千万]{2,})(?:人分|名分|件分|件|人|名|アカウント|ID|ＩＤ)");

  /**
   * Words with which a report says it follows an earlier one: numbered reports, 続報/既報, a revised
   * figure (当初は…), an investigation's result, or a news story opening with «…した問題で».
   */
  private static final FastPattern FOLLOW_UP = FastPattern.compile(
      "続報|既報|第[2-9２-９二三四五六七八九]報|最終報告|当初(?:は|の|より)|先に(?:公表|発表|お知らせ)"
          + "|調査結果(?:を公表|を発表|を報告|のご報告|の報告|について)|した問題で|された問題で|した件で");

  /** A sentence recalling an earlier incident (同市では3月にも…): its dates are not this story's. */
  private static final Pattern EARLIER_INCIDENT = Pattern.compile("にも[^。]{0,40}(事案|事故|被害|問題|紛失|漏えい|流出)|以前にも|過去にも|前回の");

  private static final FastPattern UNNAMED_VENDOR = FastPattern.compile(
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
    java.util.TreeSet<Integer> days = new java.util.TreeSet<>();
    java.util.TreeSet<Integer> months = new java.util.TreeSet<>();
    for (DateFact d : ex.dates()) {
      LocalDate day = toDay(d.value());
      if (day != null && !day.isAfter(m.reportDate()) && !EARLIER_INCIDENT.matcher(d.provenance().sentence()).find()) {
        dates.add(day);
        if (d.value().length() == 10) {
          days.add((int) day.toEpochDay());
        } else if (!boundsAPeriod(d)) {
          months.add(epochMonth(day));
        }
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
    FastPattern.Finder um = UNNAMED_VENDOR.finder(fullText);
    if (vendors.isEmpty() && um.find()) {
      unnamed = um.group(1).replace("EC", "");
    }
    return new ArticleKeys(primary == null ? null : OrgNames.key(primary.name()),
        primary == null ? null : primary.name(), vendors, new LinkedHashSet<>(ex.systemValues()),
        new LinkedHashSet<>(ex.incidentTypeValues()), dates, unnamed, m.reportDate(),
        days.stream().mapToInt(Integer::intValue).toArray(), months.stream().mapToInt(Integer::intValue).toArray(),
        counts(fullText), followsUp(fullText));
  }

  /** {@code d} as an epoch month, the form of {@link #months}: {@code year * 12 + month - 1}. */
  static int epochMonth(LocalDate d) {
    return d.getYear() * 12 + d.getMonthValue() - 1;
  }

  /** The distinct counts of at least {@value #MIN_COUNT} that {@code text} states, sorted. */
  static long[] counts(String text) {
    java.util.TreeSet<Long> out = new java.util.TreeSet<>();
    FastPattern.Finder cm = COUNT.finder(text);
    while (cm.find()) {
      Long v = jiken.indexer.extract.count.JapaneseNumbers.parseLong(
          text.substring(cm.start(1), cm.end(1)).replace(",", "").replace("，", "").replace('．', '.'));
      if (v != null && v >= MIN_COUNT) {
        out.add(v);
      }
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  private static final Pattern PERIOD_AFTER = Pattern.compile("^(?:頃|ごろ|末|上旬|中旬|下旬)?(?:から|より|以降|~|〜|～|-)");
  private static final Pattern PERIOD_BEFORE = Pattern.compile("(?:から|~|〜|～)$");

  /** Whether month date {@code d} is the start or end of a period (…から…まで), read around it in its sentence. */
  static boolean boundsAPeriod(DateFact d) {
    String sentence = d.provenance() == null ? "" : d.provenance().sentence();
    int at = sentence.indexOf(d.text());
    if (at < 0) {
      return false;
    }
    return PERIOD_AFTER.matcher(sentence.substring(at + d.text().length())).find()
        || PERIOD_BEFORE.matcher(sentence.substring(0, at)).find();
  }

  /** Whether {@code text} calls itself a follow-up of an earlier report ({@link #FOLLOW_UP}). */
  static boolean followsUp(String text) {
    return FOLLOW_UP.find(text);
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
    for (FastPattern p : List.of(LATIN_AFTER_CUE, LATIN_WITH_SUFFIX)) {
      FastPattern.Finder lm = p.finder(text);
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
  // prefiltered: these run over the whole text of every incident article
  private static final FastPattern LATIN_AFTER_CUE = FastPattern.compile("(?:委託先|提供元|委託している|提供する|提供している|開発元)(?:の|である)?\\s*" + LATIN_NAME);
  private static final FastPattern LATIN_WITH_SUFFIX = FastPattern.compile(
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
