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
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import jiken.indexer.analysis.Morphology;

/**
 * The analyzer of Jiken's text fields, the same at index and query time: width folding <em>before</em>
 * tokenising (the stock JapaneseAnalyzer folds after, so ｻｰﾊﾞｰ would not match), spelling variants
 * folded to one form (漏洩 → 漏えい, 改竄 → 改ざん, ランサムウエア → ランサムウェア …), Kuromoji search
 * mode with the project user dictionary and compounds discarded (so phrases and highlights stay
 * aligned), base forms, part-of-speech and stop-word removal, katakana long-vowel stemming
 * (サーバー = サーバ) and lower-casing. Thread-safe (Lucene analyzers reuse per-thread components).
 */
public final class JapaneseSearchAnalyzer extends Analyzer {
  private static final NormalizeCharMap VARIANTS = variants();

  private static NormalizeCharMap variants() {
    NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
    String[][] pairs = {
      {"漏洩", "漏えい"}, {"漏えい", "漏えい"}, {"改竄", "改ざん"}, {"ランサムウエア", "ランサムウェア"},
      {"マルウエア", "マルウェア"}, {"ウィルス", "ウイルス"}, {"なりすましログイン", "不正ログイン"},
      {"セキュリティー", "セキュリティ"}, {"ｾｷｭﾘﾃｨ", "セキュリティ"}, {"サイバーアタック", "サイバー攻撃"},
      {"乗っ取り", "乗っ取り"}, {"誤送付", "誤送信"}, {"流失", "流出"}
    };
    for (String[] p : pairs) {
      if (!p[0].equals(p[1])) {
        b.add(p[0], p[1]);
      }
    }
    return b.build();
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new MappingCharFilter(VARIANTS, new CJKWidthCharFilter(reader));
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
