package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A report that names only a service finds the case naming it by the months of the case's story
 * dates and reports, not by every month its date range spans: a case whose text dates its data
 * (会員登録は2019年4月から) is not a candidate for a report years into that period.
 */
class ServiceMonthsTest {
  private static final String SERVICE = "ミドリノポイント";

  private static ArticleKeys report(String org, String reported, String... dates) {
    List<LocalDate> days = java.util.Arrays.stream(dates).map(LocalDate::parse).toList();
    return new ArticleKeys(org, org, Set.of(), Set.of(SERVICE), Set.of("unauthorized_access"), days, null,
        LocalDate.parse(reported), days.stream().mapToInt(d -> (int) d.toEpochDay()).sorted().toArray(), new int[0],
        new long[0], false);
  }

  @Test
  void a_service_report_finds_the_case_near_its_story_not_in_the_middle_of_its_data_period() {
    CaseGrouper grouper = new CaseGrouper();
    // the operator's notice: members registered since 2019-04-01, accounts taken over on 2025-03-10
    ArticleKeys notice = report("みどりの商事", "2025-03-12", "2019-04-01", "2025-03-10");
    CaseKey key = new CaseKey("c1", Set.of("みどりの商事"), Set.of(), Set.of(SERVICE), Set.of("unauthorized_access"),
        LocalDate.parse("2019-04-01"), LocalDate.parse("2025-03-10"), null).withReports(List.of(notice));
    grouper.put(key);

    assertThat(grouper.chooseByService(report(null, "2025-03-20", "2025-03-18"), "ミドリノポイントで不正ログイン")).isEqualTo("c1");
    // the start of the data period is a story date too: a report then still finds it
    assertThat(grouper.chooseByService(report(null, "2019-04-20", "2019-04-15"), "ミドリノポイントで不正ログイン")).isEqualTo("c1");
    // three years into the period, nothing of this case's story is near
    assertThat(grouper.chooseByService(report(null, "2022-06-20", "2022-06-18"), "ミドリノポイントで不正ログイン")).isNull();

    // re-putting the key (a join) leaves no stale month behind: the case is found once, by its new months
    grouper.put(key);
    assertThat(grouper.chooseByService(report(null, "2025-03-20", "2025-03-18"), "ミドリノポイントで不正ログイン")).isEqualTo("c1");
  }
}
