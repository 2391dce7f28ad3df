package jiken.indexer.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseBaseFormFilter;
import org.apache.lucene.analysis.ja.JapaneseKatakanaStemFilter;
import org.apache.lucene.analysis.ja.JapanesePartOfSpeechStopFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import jiken.indexer.analysis.Morphology;
import jiken.indexer.analysis.TextForms;

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

  /**
   * Identifies what this analyzer makes of a text: the Lucene version (Kuromoji's dictionary), the
   * user dictionary, the spelling variants and {@link #REVISION}. Token streams kept with another
   * fingerprint are stale ({@link AnalyzedText}).
   */
  static int fingerprint() {
    return FINGERPRINT;
  }

  private static final int FINGERPRINT = java.util.Objects.hash(REVISION, org.apache.lucene.util.Version.LATEST.toString(),
      TextForms.variantsHash(), Morphology.userDictionaryText().hashCode());

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return TextForms.normalise(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new JapaneseTokenizer(Morphology.userDictionary(), true, true, JapaneseTokenizer.Mode.SEARCH);
    return new TokenStreamComponents(tokenizer, filters(tokenizer));
  }

  /**
   * The filters after Kuromoji: base forms, part-of-speech and stop-word removal, katakana stemming,
   * lower case. Also applied to the search-mode words of {@link Morphology#analyse}, which must give
   * what this analyzer gives ({@link AnalyzedText#encode(java.util.List, String, int)}).
   */
  static TokenStream filters(TokenStream tokens) {
    TokenStream stream = new JapaneseBaseFormFilter(tokens);
    stream = new JapanesePartOfSpeechStopFilter(stream, JapaneseAnalyzer.getDefaultStopTags());
    CharArraySet stop = JapaneseAnalyzer.getDefaultStopSet();
    stream = new StopFilter(stream, stop);
    stream = new JapaneseKatakanaStemFilter(stream);
    return new LowerCaseFilter(stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
