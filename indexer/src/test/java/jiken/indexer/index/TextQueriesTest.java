package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which query words get the character-bigram field, and how ({@link TextQueries#bigrams(String)}). */
class TextQueriesTest {
  static final TextQueries QUERIES = new TextQueries(CaseFields.analyzer());

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
    "漏えい|NONE", "漏洩|NONE", "サーバー|NONE", "ﾗﾝｻﾑｳｪｱ|NONE", "Emotet|NONE", "kaede|NONE", "紛失|NONE",
    "不正アクセス|MATCH", "個人情報|MATCH", "USBメモリ 紛失|MATCH", "カード情報 漏洩|MATCH",
    "雲堂|SCORE", "彩雲堂|SCORE", "ツバサ|SCORE", "株式会社ツバサ|SCORE", "委託先 流出|SCORE", "の|SCORE"})
  void bigrams_only_where_the_dictionary_may_fall_short(String q, TextQueries.Bigrams expected) {
    assertThat(QUERIES.bigrams(q)).isEqualTo(expected);
  }
}
