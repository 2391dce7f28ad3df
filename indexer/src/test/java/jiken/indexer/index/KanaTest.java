package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KanaTest {
  @ParameterizedTest
  @CsvSource({
    "midori, ミドリ", "shinkin, シンキン", "sinkin, シンキン", "tsuushin, ツウシン", "tusin, ツシン",
    "kyoto, キョト", "sakka, サッカ", "shimbun, シンブン", "matcha, マッチャ", "jo, ジョ", "zyo, ジョ",
    "chi, チ", "ti, チ", "fuji, フジ", "huzi, フジ", "kan'i, カンイ"})
  void romaji_becomes_katakana(String romaji, String kana) {
    assertThat(Kana.fromRomaji(romaji).katakana()).isEqualTo(kana);
    assertThat(Kana.fromRomaji(romaji).complete()).isTrue();
  }

  @Test
  void an_unfinished_syllable_is_dropped_and_marked_incomplete() {
    assertThat(Kana.fromRomaji("midor")).isEqualTo(new Kana.Conversion("ミド", false));
    assertThat(Kana.fromRomaji("ddos").complete()).isFalse();
    assertThat(Kana.fromRomaji("漢字")).isNull();
    assertThat(Kana.fromRomaji("")).isNull();
  }

  @Test
  void reading_keys_forgive_long_vowel_spellings_and_width() {
    String key = Kana.readingKey("トウキョウ");
    assertThat(Kana.readingKey("トーキョー")).isEqualTo(key);
    assertThat(Kana.readingKey("とうきょう")).isEqualTo(key);
    assertThat(Kana.readingKey("ﾄｰｷｮｰ")).isEqualTo(key);
    assertThat(Kana.readingKey(Kana.fromRomaji("tokyo").katakana())).isEqualTo(key);
    assertThat(Kana.readingKey(Kana.fromRomaji("toukyou").katakana())).isEqualTo(key);
    assertThat(Kana.readingKey("オオサカ")).isEqualTo(Kana.readingKey(Kana.fromRomaji("osaka").katakana()));
  }

  @Test
  void readings_of_names_include_the_name_without_its_legal_form() {
    assertThat(Readings.ofName("株式会社ミドリ電機")).contains(Kana.readingKey("ミドリデンキ"));
    assertThat(Readings.ofName("ひかり信用金庫").get(0)).startsWith(Kana.readingKey("ヒカリシンヨウ"));
    assertThat(Kana.isKana("ひかり")).isTrue();
    assertThat(Kana.isKana("ﾋｶﾘ")).isTrue();
    assertThat(Kana.isKana("ひかり銀行")).isFalse();
  }
}
