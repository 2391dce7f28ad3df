package jiken.indexer.analysis;

import java.io.Reader;
import java.util.Arrays;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.ja.JapaneseIterationMarkCharFilter;

/**
 * The one form of the characters Kuromoji reads, for search and extraction alike: width folded
 * (ｻｰﾊﾞｰ, ＥＭＯＴＥＴ), iteration marks expanded (佐々木 and 佐佐木 agree), and spelling variants of
 * one word folded to one spelling (漏洩 → 漏えい, 改竄 → 改ざん, ランサムウエア → ランサムウェア,
 * なりすましログイン → 不正ログイン …). Char filters, so offsets still point into the text as written.
 * Stateless and thread-safe.
 */
public final class TextForms {
  // Only spellings of the same word: 流出 and 漏えい are different words and stay apart. ウエア covers
  // ランサムウエア, マルウエア, ソフトウエア …; the katakana stemmer handles trailing ー (サーバー).
  private static final String[][] PAIRS = {
      {"漏洩", "漏えい"}, {"改竄", "改ざん"}, {"ウエア", "ウェア"}, {"ウィルス", "ウイルス"}, {"ヴィールス", "ウイルス"},
      {"なりすましログイン", "不正ログイン"}, {"成りすましログイン", "不正ログイン"}, {"セキュリティー", "セキュリティ"},
      {"サイバーアタック", "サイバー攻撃"}, {"誤送付", "誤送信"}, {"流失", "流出"}, {"ウエブ", "ウェブ"},
      {"サプライチェイン", "サプライチェーン"}, {"エモテット", "Emotet"}, {"フイッシング", "フィッシング"},
      {"メイル", "メール"}, {"e-mail", "メール"}, {"E-mail", "メール"}, {"Eメール", "メール"}, {"eメール", "メール"},
      {"乗取り", "乗っ取り"}, {"成りすまし", "なりすまし"}, {"ぜい弱性", "脆弱性"}, {"0day", "ゼロデイ"}
  };
  private static final NormalizeCharMap VARIANTS = variants();

  private TextForms() {}

  private static NormalizeCharMap variants() {
    NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
    for (String[] p : PAIRS) {
      if (!p[0].equals(p[1])) {
        b.add(p[0], p[1]);
      }
    }
    return b.build();
  }

  /** {@code reader}'s characters in the one form; offsets are corrected back to {@code reader}'s. */
  public static Reader normalise(Reader reader) {
    // width first, so the variant map and the dictionary see one form of ｻｰﾊﾞｰ/ＥＭＯＴＥＴ
    return new MappingCharFilter(VARIANTS, new JapaneseIterationMarkCharFilter(new CJKWidthCharFilter(reader)));
  }

  /** Changes when the variant list does: what was analysed with another list is stale. */
  public static int variantsHash() {
    return Arrays.deepHashCode(PAIRS);
  }
}
