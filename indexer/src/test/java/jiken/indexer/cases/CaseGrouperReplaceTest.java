package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link CaseGrouper#replace}, used once a run's grouping is over: a key indexed as before keeps
 * its place among the candidates; any other change is indexed as {@link CaseGrouper#put} does.
 */
class CaseGrouperReplaceTest {
  private static final String ORG = "あおば電機";
  private static final String SERVICE = "アオバポイント";

  private static ArticleKeys report(String org, String reported, String... dates) {
    List<LocalDate> days = java.util.Arrays.stream(dates).map(LocalDate::parse).toList();
    return new ArticleKeys(org, org, Set.of(), Set.of(SERVICE), Set.of("unauthorized_access"), days, null,
        LocalDate.parse(reported), days.stream().mapToInt(d -> (int) d.toEpochDay()).sorted().toArray(), new int[0],
        new long[0], false);
  }

  private static CaseKey key(String id, String title, String reported, String day) {
    return new CaseKey(id, Set.of(ORG), Set.of(), Set.of(SERVICE), Set.of(title), LocalDate.parse(day),
        LocalDate.parse(day), null).withReports(List.of(report(ORG, reported, day)));
  }

  @Test
  void a_key_indexed_alike_keeps_its_place_and_a_changed_one_is_indexed_anew() {
    CaseGrouper grouper = new CaseGrouper();
    grouper.put(key("c1", "unauthorized_access", "2025-03-12", "2025-03-10"));
    grouper.put(key("c2", "unauthorized_access", "2024-05-12", "2024-05-10"));
    assertThat(grouper.about(ORG)).containsExactly("c1", "c2");

    // the types are not indexed: the new key is stored, the order of candidates stays
    CaseKey retyped = key("c1", "ransomware", "2025-03-12", "2025-03-10");
    grouper.replace(retyped);
    assertThat(grouper.get("c1")).isSameAs(retyped);
    assertThat(grouper.about(ORG)).containsExactly("c1", "c2");

    // new dates: indexed by its new months, no longer by the old ones
    grouper.replace(key("c1", "unauthorized_access", "2025-09-12", "2025-09-10"));
    assertThat(grouper.about(ORG)).containsExactlyInAnyOrder("c1", "c2");
    assertThat(grouper.chooseByService(report(null, "2025-09-20", "2025-09-18"), SERVICE + "で不正ログイン")).isEqualTo("c1");
    assertThat(grouper.chooseByService(report(null, "2025-03-20", "2025-03-18"), SERVICE + "で不正ログイン")).isNull();

    // a key not there yet is put
    grouper.replace(key("c3", "ransomware", "2026-01-12", "2026-01-10"));
    assertThat(grouper.about(ORG)).contains("c3");
  }
}
