package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import jiken.indexer.extract.OrgNames;
import org.junit.jupiter.api.Test;

/** Readable, stable case ids: month, organisation in romaji, type; a clash numbered. */
class CaseIdsTest {
  @Test
  void an_id_reads_as_month_organisation_and_type_and_a_clash_is_numbered() {
    assertThat(CaseIds.make("2025-10-03", "株式会社ミナトコマース", "unauthorized_access", id -> false))
        .isEqualTo("2025-10-minatokomasu-unauthorized-access");
    Set<String> taken = Set.of("2025-10-minatokomasu-unauthorized-access", "2025-10-minatokomasu-unauthorized-access-2");
    assertThat(CaseIds.make("2025-10-20", "ミナトコマース", "unauthorized_access", taken::contains))
        .isEqualTo("2025-10-minatokomasu-unauthorized-access-3");
    assertThat(CaseIds.make(null, "ミナトコマース", null, id -> false)).isEqualTo("undated-minatokomasu-incident");
    assertThat(CaseIds.make("2024-01", "！？", "ransomware", id -> false)).isEqualTo("2024-01-org-ransomware");
  }

  @Test
  void a_long_name_is_cut_at_a_word_and_a_name_seen_before_gives_the_same_slug() {
    String longName = "アオバ・ミナト・コマース・ホールディングス・インターナショナル・システムズ";
    String id = CaseIds.make("2023-02-01", longName, "misdelivery", x -> false);
    String slug = id.substring("2023-02-".length(), id.length() - "-misdelivery".length());
    assertThat(slug.length()).isLessThanOrEqualTo(40);
    assertThat(slug).doesNotEndWith("-").matches("[a-z0-9-]+");
    // the slug remembered for a name is the one computed from it
    for (String name : new String[] {longName, "北陽信用金庫", "ひなたフーズ株式会社", "霧ヶ丘市"}) {
      String expected = CaseIds.slug(Romaji.of(OrgNames.key(name)));
      for (int i = 0; i < 2; i++) {
        assertThat(CaseIds.make("2023-02-01", name, "misdelivery", x -> false)).isEqualTo("2023-02-" + expected + "-misdelivery");
      }
    }
  }
}
