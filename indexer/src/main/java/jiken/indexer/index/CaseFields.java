package jiken.indexer.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.shingle.ShingleAnalyzerWrapper;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.facet.FacetsConfig;

/** Field names of the case index and their analyzers and facet configuration. */
public final class CaseFields {
  public static final String ID = "id";
  /** The id as sorted doc values: the last sort key, so cases with equal dates keep one order after a rebuild. */
  public static final String ID_SORT = "id_sort";
  public static final String TITLE = "title";
  public static final String BODY = "body";
  public static final String ORG_TEXT = "org_text";
  /** Reading keys of organisation names ({@link Readings}), as bigrams: kana and romaji queries. */
  public static final String ORG_READING = "org_reading";
  public static final String BIGRAM = "bigram";
  /**
   * The title (twice), the organisation names and the body as one field, without positions: a word
   * the analyzer keeps whole is scored through this single term, whose block maxima are exact, instead
   * of through a disjunction over the title, organisation and body fields, whose bound (the sum of
   * each field's maximum) nearly every block reaches ({@link TextQueries}). Not stored.
   */
  public static final String ALL = "all";
  /**
   * Adjacent pairs of {@link JapaneseSearchAnalyzer} tokens ("不正 アクセス") of each part of {@link
   * #ALL}, without positions: a word the analyzer splits is scored through these single terms (or a
   * conjunction of one fewer term than it has tokens), which block-max WAND can skip on, instead of
   * through a conjunction of its parts ({@link TextQueries}).
   */
  public static final String ALL_SHINGLE = "all_sh";
  public static final String ORG = "org";
  public static final String TYPE = "type";
  public static final String YEAR = "year";
  public static final String TAG = "tag";
  public static final String DATA_TYPE = "data_type";
  public static final String COUNT_BUCKET = "count_bucket";
  public static final String FIRST_DAY = "first_day";
  public static final String LAST_DAY = "last_day";
  public static final String AFFECTED = "affected";
  public static final String HIT = "hit";
  /** Kuromoji nouns of the case text with term vectors, for MoreLikeThis (see {@code cases.CaseNouns}). */
  public static final String NOUNS = "nouns";

  /** Facet dimensions, in the order the API lists them. */
  public static final String[] FACETS = {TYPE, YEAR, TAG, ORG, DATA_TYPE, COUNT_BUCKET};

  private CaseFields() {}

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : FACETS) {
      config.setMultiValued(dim, true);
    }
    return config;
  }

  static Analyzer analyzer() {
    Analyzer japanese = new JapaneseSearchAnalyzer();
    Analyzer shingles = shingleAnalyzer();
    return new PerFieldAnalyzerWrapper(japanese, Map.of(BIGRAM, new BigramAnalyzer(), ID, new KeywordAnalyzer(),
        ORG_READING, new ReadingAnalyzer(), ALL_SHINGLE, shingles));
  }

  /**
   * Two-token shingles only (no unigrams: the word fields hold those), joined by a space; a token
   * removed by the stop filters leaves "_" in its place, so 情報の漏えい gives "情報 _" and "_ 漏えい",
   * never the "情報 漏えい" of 情報漏えい. The query side analyses a word with the same analyzer, so both
   * agree whatever the analyzer does.
   */
  static Analyzer shingleAnalyzer() {
    return new ShingleAnalyzerWrapper(new JapaneseSearchAnalyzer(), 2, 2, SHINGLE_SEPARATOR, false, false, SHINGLE_FILLER);
  }

  /** What joins a shingle's two tokens; the index side ({@link CapturedTokens#shingleStream}) uses it too. */
  static final String SHINGLE_SEPARATOR = " ";
  /** What stands in a shingle for a token the stop filters removed. */
  static final String SHINGLE_FILLER = "_";

  /** The shingles {@link #shingleAnalyzer} makes, over a stream of {@link JapaneseSearchAnalyzer} tokens (index time). */
  static TokenStream shingles(TokenStream words) {
    ShingleFilter f = new ShingleFilter(words, 2, 2);
    f.setTokenSeparator(SHINGLE_SEPARATOR);
    f.setOutputUnigrams(false);
    f.setOutputUnigramsIfNoShingles(false);
    f.setFillerToken(SHINGLE_FILLER);
    return f;
  }

  /** Affected-count buckets as the annual Japanese leak surveys publish them. */
  public static String countBucket(Long count) {
    if (count == null) {
      return "不明";
    }
    if (count < 100) {
      return "100件未満";
    }
    if (count < 1_000) {
      return "100〜999件";
    }
    if (count < 10_000) {
      return "1000〜9999件";
    }
    if (count < 100_000) {
      return "1万〜10万件未満";
    }
    if (count < 1_000_000) {
      return "10万〜100万件未満";
    }
    return "100万件以上";
  }
}
