package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jiken.indexer.Json;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep a busy organisation's unrelated incidents apart while follow-ups join
 * ({@link CaseGrouper#evidence}), the report dates, days and counts a {@link CaseKey} keeps for them,
 * and keys stored before those existed.
 */
class CaseChainRulesTest {
  private static final String CITY = "鷹羽市";

  private static int day(String iso) {
    return (int) LocalDate.parse(iso).toEpochDay();
  }

  /** A report of the city: published {@code reported}, story days {@code days}, counts, follow-up cue. */
  private static ArticleKeys report(String reported, String type, List<String> days, long[] counts, boolean followUp) {
    List<LocalDate> dates = new ArrayList<>(days.stream().map(LocalDate::parse).toList());
    if (dates.isEmpty()) {
      dates.add(LocalDate.parse(reported));
    }
    return new ArticleKeys(CITY, CITY, Set.of(), Set.of(), Set.of(type), dates, null, LocalDate.parse(reported),
        days.stream().mapToInt(CaseChainRulesTest::day).sorted().toArray(), new int[0], counts, followUp);
  }

  private static CaseKey caseOf(String id, List<ArticleKeys> members) {
    LocalDate first = members.stream().flatMap(m -> m.dates().stream()).min(LocalDate::compareTo).orElseThrow();
    LocalDate last = members.stream().flatMap(m -> m.dates().stream()).max(LocalDate::compareTo).orElseThrow();
    Set<String> types = new java.util.LinkedHashSet<>();
    members.forEach(m -> types.addAll(m.types()));
    return new CaseKey(id, Set.of(CITY), Set.of(), Set.of(), types, first, last, null).withReports(members);
  }

  private static final ArticleKeys FIRST = report("2025-02-21", "misdelivery", List.of("2025-02-10", "2025-02-17", "2025-02-20"),
      new long[] {138}, false);
  private static final CaseKey MISDELIVERY = caseOf("hoikusho", List.of(FIRST));

  @Test
  void a_report_restating_a_day_joins_whatever_its_type() {
    assertThat(CaseGrouper.evidence(MISDELIVERY, report("2025-02-25", "misdelivery", List.of("2025-02-17"), new long[0], false)))
        .isEqualTo(CaseGrouper.Evidence.SAME_DAY);
    assertThat(CaseGrouper.evidence(MISDELIVERY, report("2025-02-25", "loss_theft", List.of("2025-02-17"), new long[0], false)))
        .isEqualTo(CaseGrouper.Evidence.SAME_DAY);
  }

  @Test
  void a_final_report_months_later_joins_when_it_restates_the_count_or_says_it_follows_up() {
    ArticleKeys restatesCount = report("2025-08-29", "misdelivery", List.of("2025-08-28"), new long[] {13, 138, 151}, true);
    assertThat(CaseGrouper.evidence(MISDELIVERY, restatesCount)).isEqualTo(CaseGrouper.Evidence.SAME_DETAIL);
    ArticleKeys cueOnly = report("2025-08-29", "misdelivery", List.of("2025-08-28"), new long[] {151}, true);
    assertThat(CaseGrouper.evidence(MISDELIVERY, cueOnly)).isEqualTo(CaseGrouper.Evidence.FOLLOW_UP);
    ArticleKeys tooLate = report("2026-04-01", "misdelivery", List.of("2026-03-30"), new long[] {138}, true);
    assertThat(CaseGrouper.evidence(MISDELIVERY, tooLate)).isEqualTo(CaseGrouper.Evidence.NONE);
  }

  @Test
  void a_new_incident_weeks_later_restating_nothing_opens_its_own_case() {
    // 40 days on, story dates 20 days from the case's: the old rule (90 days) joined it
    ArticleKeys next = report("2025-04-02", "misdelivery", List.of("2025-03-12", "2025-03-28", "2025-04-01"), new long[] {31}, false);
    assertThat(CaseGrouper.evidence(MISDELIVERY, next)).isEqualTo(CaseGrouper.Evidence.NONE);
    CaseKey legacy = new CaseKey("old", MISDELIVERY.orgs(), Set.of(), Set.of(), MISDELIVERY.types(), MISDELIVERY.first(),
        MISDELIVERY.last(), null);
    assertThat(CaseGrouper.evidence(legacy, next))
        .as("a legacy key keeps the old rule").isEqualTo(CaseGrouper.Evidence.LEGACY);
  }

  @Test
  void a_report_restating_only_the_month_joins_within_two_months_of_the_first_report() {
    int february2025 = 2025 * 12 + 1;
    ArticleKeys weeksLater = new ArticleKeys(CITY, CITY, Set.of(), Set.of(), Set.of("misdelivery"),
        List.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 25)), null, LocalDate.of(2025, 3, 26),
        new int[] {day("2025-03-25")}, new int[] {february2025}, new long[0], false);
    assertThat(CaseGrouper.evidence(MISDELIVERY, weeksLater)).isEqualTo(CaseGrouper.Evidence.SAME_MONTH);
    ArticleKeys monthsLater = new ArticleKeys(CITY, CITY, Set.of(), Set.of(), Set.of("misdelivery"),
        List.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 6, 25)), null, LocalDate.of(2025, 6, 26),
        new int[] {day("2025-06-25")}, new int[] {february2025}, new long[0], false);
    assertThat(CaseGrouper.evidence(MISDELIVERY, monthsLater)).isEqualTo(CaseGrouper.Evidence.NONE);
    ArticleKeys otherMonth = new ArticleKeys(CITY, CITY, Set.of(), Set.of(), Set.of("misdelivery"),
        List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 25)), null, LocalDate.of(2025, 3, 26),
        new int[] {day("2025-03-25")}, new int[] {february2025 + 1}, new long[0], false);
    assertThat(CaseGrouper.evidence(MISDELIVERY, otherMonth)).isEqualTo(CaseGrouper.Evidence.NONE);
    // read the other way round: the later report (1月末に攻撃を受けた) opened the case, the first report comes after
    ArticleKeys later = new ArticleKeys(CITY, CITY, Set.of(), Set.of(), Set.of("ransomware"),
        List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 5)), null, LocalDate.of(2026, 3, 6),
        new int[] {day("2026-03-05")}, new int[] {2026 * 12}, new long[] {18000}, false);
    CaseKey openedByLater = new CaseKey("k", Set.of(CITY), Set.of(), Set.of(), Set.of("ransomware"), LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 3, 5), null).withReports(List.of(later));
    assertThat(CaseGrouper.evidence(openedByLater, report("2026-02-03", "ransomware", List.of("2026-01-31", "2026-02-02"),
        new long[0], false))).isEqualTo(CaseGrouper.Evidence.SAME_MONTH);
  }

  @Test
  void the_same_news_cycle_joins_only_with_agreeing_types() {
    ArticleKeys sameWeek = report("2025-02-24", "misdelivery", List.of(), new long[0], false);
    assertThat(CaseGrouper.evidence(MISDELIVERY, sameWeek)).isEqualTo(CaseGrouper.Evidence.SAME_NEWS);
    ArticleKeys otherType = report("2025-03-07", "loss_theft", List.of("2025-03-03", "2025-03-04", "2025-03-06"), new long[] {58}, false);
    assertThat(CaseGrouper.evidence(MISDELIVERY, otherType)).isEqualTo(CaseGrouper.Evidence.NONE);
  }

  @Test
  void monthly_notices_of_one_body_stay_apart_and_each_follow_up_finds_its_own() {
    CaseGrouper grouper = new CaseGrouper();
    List<String> opened = new ArrayList<>();
    LocalDate start = LocalDate.of(2024, 4, 10);
    for (int i = 0; i < 8; i++) {
      LocalDate d = start.plusDays(33L * i + (i % 3) * 7); // a notice every three to seven weeks, for most of a year
      ArticleKeys r = report(d.plusDays(3).toString(), "misdelivery",
          List.of(d.minusDays(6).toString(), d.toString(), d.plusDays(2).toString()), new long[] {20 + 7L * i}, false);
      String chosen = grouper.choose(r);
      assertThat(chosen).as("notice %d", i).isNull();
      String id = "case-" + i;
      grouper.put(caseOf(id, List.of(r)));
      opened.add(id);
    }
    // a 続報 of the fourth notice, four months on, restating its count only
    ArticleKeys followUp = report("2025-02-20", "misdelivery", List.of("2025-02-19"), new long[] {41, 45}, true);
    assertThat(grouper.choose(followUp)).isEqualTo(opened.get(3));
  }

  @Test
  void keys_keep_report_dates_days_and_counts_through_json_and_old_keys_load_as_legacy() throws Exception {
    ArticleKeys later = report("2025-03-01", "misdelivery", List.of("2025-02-17", "2025-02-28"), new long[] {138, 140}, false);
    CaseKey joined = new CaseKey("hoikusho", Set.of(CITY), Set.of(), Set.of(), Set.of("misdelivery"),
        LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 28), null).withReports(MISDELIVERY, later);
    assertThat(joined.firstReport()).isEqualTo("2025-02-21");
    assertThat(joined.lastReport()).isEqualTo("2025-03-01");
    assertThat(joined.days()).containsExactly(day("2025-02-10"), day("2025-02-17"), day("2025-02-20"), day("2025-02-28"));
    assertThat(joined.counts()).containsExactly(138, 140);

    CaseKey back = Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(joined), CaseKey.class);
    assertThat(back.legacy()).isFalse();
    assertThat(back.firstReport()).isEqualTo(joined.firstReport());
    assertThat(back.days()).containsExactly(joined.days());
    assertThat(back.counts()).containsExactly(joined.counts());

    CaseKey old = Json.MAPPER.readValue("{\"id\":\"x\",\"orgs\":[\"鷹羽市\"],\"vendors\":[],\"systems\":[],"
        + "\"types\":[\"misdelivery\"],\"first\":\"2025-02-10\",\"last\":\"2025-02-20\",\"unnamed_vendor\":null}", CaseKey.class);
    assertThat(old.legacy()).isTrue();
    assertThat(old.days()).isEmpty();
    assertThat(old.reportGap(LocalDate.of(2030, 1, 1))).isZero();
    // the first join of a legacy key starts its reports afresh (the index run rebuilds it from its articles first)
    assertThat(new CaseKey("x", Set.of(CITY), Set.of(), Set.of(), Set.of(), LocalDate.of(2025, 2, 10),
        LocalDate.of(2025, 3, 1), null).withReports(old, later).firstReport()).isEqualTo("2025-03-01");
  }

  @Test
  void a_key_keeps_the_earliest_days_and_the_largest_counts() {
    List<ArticleKeys> many = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add(report(LocalDate.of(2025, 1, 1).plusDays(i).toString(), "misdelivery",
          List.of(LocalDate.of(2025, 1, 1).plusDays(i).toString()), new long[] {100 + i}, false));
    }
    CaseKey big = caseOf("big", many);
    assertThat(big.days()).hasSize(CaseKey.MAX_DAYS).startsWith(day("2025-01-01"));
    assertThat(big.counts()).hasSize(CaseKey.MAX_COUNTS).endsWith(139L);
    assertThat(big.firstReport()).isEqualTo("2025-01-01");
    assertThat(big.lastReport()).isEqualTo("2025-02-09");
  }

  @Test
  void the_ends_of_a_data_period_are_no_incident_months() {
    String sentence = "1月末に攻撃を受けた病院は、2023年4月から2025年12月末までに受診した患者の情報が流出した可能性があると発表した。";
    assertThat(ArticleKeys.boundsAPeriod(month("1月末", "2026-01", sentence))).isFalse();
    assertThat(ArticleKeys.boundsAPeriod(month("2023年4月", "2023-04", sentence))).isTrue();
    assertThat(ArticleKeys.boundsAPeriod(month("2025年12月末", "2025-12", sentence))).isTrue();
    assertThat(ArticleKeys.boundsAPeriod(month("8月", "2025-08", "対象は8月以降に申し込んだ利用者。"))).isTrue();
  }

  private static jiken.indexer.extract.DateFact month(String text, String value, String sentence) {
    return new jiken.indexer.extract.DateFact(text, value, jiken.indexer.extract.DatePrecision.MONTH, "occurred",
        new jiken.indexer.extract.Provenance(0, 1, sentence));
  }

  @Test
  void counts_and_follow_up_words_are_read_from_the_text() {
    assertThat(ArticleKeys.counts("当初公表した138件に加え、13件が見つかり計151件。職員2人。延べ約1万8千人、5万9044ID、1,204人分、三百人"))
        .containsExactly(13, 138, 151, 300, 1204, 18000, 59044);
    assertThat(ArticleKeys.counts("2025年2月20日、第2報")).isEmpty();
    assertThat(ArticleKeys.followsUp("誤って送付した問題で、市は発表した。")).isTrue();
    assertThat(ArticleKeys.followsUp("不正アクセスに関するお詫び(第2報)")).isTrue();
    assertThat(ArticleKeys.followsUp("当初は約300人としていた")).isTrue();
    assertThat(ArticleKeys.followsUp("鷹羽市は、通知書を誤って送付したと発表した。調査の結果、封入ミスと判明した。")).isFalse();
  }
}
