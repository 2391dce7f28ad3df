package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Organisation autocomplete in kanji, kana, half-width kana and romaji. */
class OrgSuggesterTest {
  @TempDir static Path dir;
  static CaseIndex index;
  static OrgSuggester suggester;

  @BeforeAll
  static void build() {
    index = new CaseIndex(dir);
    IndexFixture.build(index);
    suggester = new OrgSuggester(new CaseSearcher(index));
  }

  @AfterAll
  static void close() {
    index.close();
  }

  static List<String> names(String typed) {
    return suggester.suggest(typed, 5).stream().map(OrgSuggester.Suggestion::name).toList();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "ミドリ, 株式会社ミドリ電機", "みど, 株式会社ミドリ電機", "ﾐﾄﾞﾘ, 株式会社ミドリ電機", "mido, 株式会社ミドリ電機",
    "midorid, 株式会社ミドリ電機", "かぶしきがいしゃみどり, 株式会社ミドリ電機", "サクラガワ, 株式会社サクラガワ物流",
    "sakuraga, 株式会社サクラガワ物流", "ひかりし, ひかり信用金庫", "hikarisin, ひかり信用金庫", "あおぞ, 医療法人青空会",
    "とうきょうで, 株式会社トーキョーデータ", "tokyo, 株式会社トーキョーデータ", "toukyou, 株式会社トーキョーデータ",
    "北浜, 北浜市", "信用金庫, ひかり信用金庫", "みなとし, みなと市立病院"})
  void typed_prefixes_suggest_the_organisation(String typed, String name) {
    assertThat(names(typed)).as(typed).startsWith(name);
  }

  @Test
  void suggestions_carry_case_counts_and_prefer_more_cases() {
    List<OrgSuggester.Suggestion> s = suggester.suggest("ミ", 10); // both match by reading; more cases first
    assertThat(s.get(0)).isEqualTo(new OrgSuggester.Suggestion("株式会社ミドリ電機", 2));
    assertThat(s).extracting(OrgSuggester.Suggestion::name).contains("みなと市立病院");
  }

  @Test
  void nothing_for_blank_or_unknown_input_and_misuse_is_rejected() {
    assertThat(names("")).isEmpty();
    assertThat(names("   ")).isEmpty();
    assertThat(names("zzzqqq")).isEmpty();
    assertThat(names("🔥")).isEmpty();
    assertThatThrownBy(() -> suggester.suggest("a", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void suggestions_follow_index_changes() {
    assertThat(names("ﾊﾟﾝﾀﾞ")).isEmpty();
    index.write(b -> b.update(IndexFixture.record("c99", "2026-02-01", List.of("パンダ運輸株式会社"),
        List.of("ransomware"), null, List.of(), List.of(), "パンダ運輸でランサムウェア被害", "パンダ運輸が被害を公表した。"), List.of()));
    assertThat(names("ぱんだ")).containsExactly("パンダ運輸株式会社");
    index.write(b -> b.delete("c99"));
    assertThat(names("ぱんだ")).isEmpty();
  }
}
