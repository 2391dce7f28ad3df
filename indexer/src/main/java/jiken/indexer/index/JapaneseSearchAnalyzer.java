package jiken.indexer.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseIterationMarkCharFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import jiken.indexer.analysis.Morphology;

/**
 * The analyzer of Jiken's text fields, the same at index and query time: width folding <em>before</em>
 * tokenising (the stock JapaneseAnalyzer folds after, so ｻｰﾊﾞｰ would not match), spelling variants
 * folded to one form (漏洩 → 漏えい, 改竄 → 改ざん, ランサムウエア → ランサムウェア, なりすましログイン →
 * 不正ログイン …; a char filter rather than a synonym graph, so highlights and phrases keep exact
 * offsets and the user dictionary sees the folded form), iteration marks expanded, Kuromoji search
 * mode with the project user dictionary and compounds discarded (so phrases and highlights stay
 * aligned), base forms, part-of-speech and stop-word removal, katakana long-vowel stemming
 * (サーバー = サーバ) and lower-casing. Thread-safe (Lucene analyzers reuse per-thread components).
 */
public final class JapaneseSearchAnalyzer extends Analyzer {
  /** Bump when the filter chain changes in a way the inputs below do not show: kept token streams are then re-made. */
  private static final int REVISION = 1;

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

  private static NormalizeCharMap variants() {
    NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
    for (String[] p : PAIRS) {
      if (!p[0].equals(p[1])) {
        b.add(p[0], p[1]);
      }
    }
    return b.build();
  }

  /**
   * Identifies what this analyzer makes of a text: the Lucene version (Kuromoji's dictionary), the
   * user dictionary, the spelling variants and {@link #REVISION}. Token streams kept with another
   * fingerprint are stale ({@link AnalyzedText}).
   */
  static int fingerprint() {
    return FINGERPRINT;
  }

  private static final int FINGERPRINT = java.util.Objects.hash(REVISION, org.apache.lucene.util.Version.LATEST.toString(),
      java.util.Arrays.deepHashCode(PAIRS), Morphology.userDictionaryText().hashCode());

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    // Width first, so the variant map and the dictionary see one form of ｻｰﾊﾞｰ/ＥＭＯＴＥＴ; 々 and ゝ
    // expanded so 佐々木 and 佐佐木 agree.
    return new MappingCharFilter(VARIANTS, new JapaneseIterationMarkCharFilter(new CJKWidthCharFilter(reader)));
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new JapaneseTokenizer(Morphology.userDictionary(), true, true, JapaneseTokenizer.Mode.SEARCH);
    TokenStream stream = new JapaneseBaseFormFilter(tokenizer);
    stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
    CharArraySet stop = JapaneseAnalyzer.getDefaultStopSet();
    stream = new StopFilter(stream, stop);
    stream = new JapaneseKatakanaStemFilter(stream);
    stream = new LowerCaseFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
