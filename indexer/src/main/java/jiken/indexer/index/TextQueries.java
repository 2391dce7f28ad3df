package jiken.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a reader typed into a Lucene query. The text goes through {@link SimpleQueryParser}
 * (never throws: quotes, {@code +}, {@code -}, {@code |} work, broken syntax degrades to words),
 * all words required (or, for the fallback when that finds nothing, any word). Words written in kana or romaji may also match the <em>reading</em> of an
 * organisation name ({@link CaseFields#ORG_READING}): {@code かくうしょうじ} or {@code kakushoji}
 * finds 架空商事. Each word searches the title, organisation and body fields, and the character-bigram
 * field only as far as it needs it ({@link #bigrams(String)}); when the index has the combined
 * fields a plain word is scored through them instead ({@link #parse(String, BooleanClause.Occur,
 * boolean)}). Thread-safe.
 */
final class TextQueries {
  private static final Map<String, Float> WEIGHTS = Map.of(CaseFields.TITLE, 3f, CaseFields.ORG_TEXT, 3f,
      CaseFields.BODY, 1f, CaseFields.BIGRAM, 0.3f);
  /** With the bigram field matching but not scoring: for compounds of known words. */
  private static final Map<String, Float> COMPOUND_WEIGHTS = Map.of(CaseFields.TITLE, 3f, CaseFields.ORG_TEXT, 3f,
      CaseFields.BODY, 1f, CaseFields.BIGRAM, 0f);
  /** Without the bigram field: for single known words. */
  private static final Map<String, Float> WORD_WEIGHTS = Map.of(CaseFields.TITLE, 3f, CaseFields.ORG_TEXT, 3f,
      CaseFields.BODY, 1f);

  /** How much of the bigram field a word needs ({@link #bigrams(String, Analyzer)}). */
  enum Bigrams {
    NONE(WORD_WEIGHTS), MATCH(COMPOUND_WEIGHTS), SCORE(WEIGHTS);

    final Map<String, Float> weights;

    Bigrams(Map<String, Float> weights) {
      this.weights = weights;
    }
  }
  private static final float READING_BOOST = 2f;

  /** Characters {@link SimpleQueryParser} reads as syntax. */
  private static final String SYNTAX = "\"+-|*~()\\";

  private final Analyzer analyzer;
  /**
   * Every word gets the scored bigram field, as before the field was chosen per word: set by the
   * system property {@code jiken.search.allBigrams} when the object is made, so that
   * {@code SearchRelevanceTest} and {@code bench search} can compare the two.
   */
  private final boolean allBigrams = Boolean.getBoolean("jiken.search.allBigrams");

  TextQueries(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The query for {@code q} without the combined fields; {@code operator} joins its words. */
  Query parse(String q, BooleanClause.Occur operator) {
    return parse(q, operator, false);
  }

  /**
   * The query for {@code q}; {@code operator} joins its words (MUST: all required; SHOULD: any).
   * With {@code combined} (the index has {@link CaseFields#ALL} and {@link CaseFields#ALL_SHINGLE}),
   * each plain word is scored through them ({@link #word}); the documents it matches are the same
   * either way (but for a rare one {@link #word} describes), only the ranking and its cost differ.
   */
  Query parse(String q, BooleanClause.Occur operator, boolean combined) {
    if (q.isBlank()) {
      return new MatchAllDocsQuery();
    }
    Query text = simple(q, operator, combined);
    List<String> rest = new ArrayList<>();
    List<Query> readings = new ArrayList<>();
    for (String word : q.strip().split("[\\s\u3000]+")) {
      Query r = readingQuery(word);
      if (r == null) {
        rest.add(word);
      } else {
        readings.add(r);
      }
    }
    if (readings.isEmpty()) {
      return text;
    }
    // Either the words as text, or the kana/romaji words as a name's reading plus the rest as text.
    BooleanQuery.Builder alt = new BooleanQuery.Builder();
    readings.forEach(r -> alt.add(r, operator));
    if (!rest.isEmpty()) {
      alt.add(simple(String.join(" ", rest), operator, combined), BooleanClause.Occur.MUST);
    }
    return new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.SHOULD)
        .add(new BoostQuery(alt.build(), READING_BOOST), BooleanClause.Occur.SHOULD)
        .build();
  }

  /**
   * {@code q} through {@link SimpleQueryParser} over the word fields, plus the bigram field for the
   * words that need it ({@link #bigrams(String)}). Plain words (no query syntax) are parsed one by one,
   * so each gets its own fields, and joined as the parser would join them; with syntax (quotes,
   * {@code -}, {@code |} …) the whole query gets the bigram field when any word needs it.
   */
  private Query simple(String q, BooleanClause.Occur operator, boolean combined) {
    if (allBigrams) {
      return parse(q, operator, Bigrams.SCORE); // the old behaviour, compared in SearchRelevanceTest
    }
    if (q.chars().anyMatch(c -> SYNTAX.indexOf(c) >= 0)) {
      return parse(q, operator, bigrams(q));
    }
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    int n = 0;
    Query last = null;
    // Split where the parser splits (ASCII whitespace only), so each word is the term it would see.
    for (String word : q.strip().split("[ \\t\\n\\r]+")) {
      Query w = word.isEmpty() ? null : word(word, operator, combined);
      if (w != null) {
        words.add(w, operator);
        last = w;
        n++;
      }
    }
    // As the parser does: one word is its own query; nothing (only stop words or punctuation)
    // matches nothing rather than failing.
    return n == 1 ? last : words.build();
  }

  /**
   * One plain word: what it matches is what the title, organisation, body and (as far as it needs
   * it, {@link #bigrams(String)}) bigram fields make of it, each scored on its own, a word of several
   * tokens as a conjunction of them in each field. Such a disjunction bounds its score loosely (the
   * sum of every field's block maximum, which nearly every block reaches), and a conjunction more
   * loosely still, so the top-N pass scores nearly every match.
   *
   * <p>With {@code combined} (the index has {@link CaseFields#ALL} and {@link CaseFields#ALL_SHINGLE})
   * the word is scored instead through one field: a word the analyzer keeps whole as its one {@code
   * all} term, a word it splits (不正アクセス → 不正 アクセス) through its adjacent pairs in {@code
   * all_sh} (one term "不正 アクセス", or a conjunction of one fewer term than it has tokens), each
   * with exact block maxima. What the word matches stays as above, with weight 0 (a document where its
   * parts are not adjacent, or only its bigrams match, still matches, and ranks on the other words);
   * a single known word needs no such clause, as its {@code all} term matches exactly the documents
   * the title, organisation and body terms do. A document may match the pairs in {@code all_sh} without
   * matching the word fields (a word of three tokens with one pair in the title and the other in the
   * body): it is found, and ranked, though the counts ({@code combined} false) leave it out.
   * {@link TwoStageTopN} relies on the shape: a word with matching-only clauses is a disjunction, and
   * they are {@code SHOULD} clauses of boost 0 directly in it.
   */
  private Query word(String word, BooleanClause.Occur operator, boolean combined) {
    Bigrams bigrams = bigrams(word, analyzer);
    Query matching = parser(bigrams, operator).parse(word);
    if (!combined || matching == null) {
      return matching;
    }
    List<String> tokens = terms(CaseFields.ALL, word);
    Query scored;
    if (tokens.size() == 1) {
      scored = new TermQuery(new Term(CaseFields.ALL, tokens.get(0)));
      if (bigrams == Bigrams.NONE) {
        return scored;
      }
    } else {
      List<String> pairs = tokens.isEmpty() ? List.of() : terms(CaseFields.ALL_SHINGLE, word);
      if (pairs.isEmpty()) {
        return matching; // nothing but bigrams (or stop words) to score it by
      }
      scored = all(CaseFields.ALL_SHINGLE, pairs, operator);
    }
    // Nothing else scores: the parts of a split word in the title, not adjacent, scored even as a small
    // constant, made the top-N pass score nearly every match where many documents tie at the best
    // score, as they do among short reports (1,000,000 cases: HTTP p99 ~55 ms with it, ~36 ms
    // without; nDCG@10 0.976 with it, 0.975 without, one weak match ordered by doc id).
    return new BooleanQuery.Builder().add(scored, BooleanClause.Occur.SHOULD)
        .add(new BoostQuery(matching, 0f), BooleanClause.Occur.SHOULD).build();
  }

  /** The terms {@code field}'s analyzer makes of {@code text}. */
  private List<String> terms(String field, String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a String does not do I/O
    }
    return out;
  }

  /** One term, or all of them joined by {@code operator} (as the parser joins a word's tokens). */
  private static Query all(String field, List<String> terms, BooleanClause.Occur operator) {
    if (terms.size() == 1) {
      return new TermQuery(new Term(field, terms.get(0)));
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    terms.stream().distinct().forEach(t -> b.add(new TermQuery(new Term(field, t)), operator));
    return b.build();
  }

  private Query parse(String q, BooleanClause.Occur operator, Bigrams bigrams) {
    Query parsed = parser(bigrams, operator).parse(q);
    return parsed == null ? new BooleanQuery.Builder().build() : parsed;
  }

  private SimpleQueryParser parser(Bigrams bigrams, BooleanClause.Occur operator) {
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, bigrams.weights);
    parser.setDefaultOperator(operator);
    return parser;
  }

  /**
   * How much of the character-bigram field the words of {@code q} need (the most any word needs).
   * The bigram field finds a word however Kuromoji split the text around it:
   * <ul>
   *   <li>{@link Bigrams#SCORE} (matching and scoring, weight 0.3) for a word the dictionary does not
   *       know (no reading: ツバサ, フィッシング), one that splits into single characters (雲堂 → 雲 堂,
   *       委託先 → 委託 先), or one that analyses to nothing: there the bigrams are the best evidence
   *       (scoring only while the index has no combined fields: {@link #word}).
   *   <li>{@link Bigrams#MATCH} (matching, weight 0) for a compound of known words (個人情報, 不正アクセス):
   *       the same characters in a longer compound of an article are often split elsewhere, and only
   *       the bigrams still find it (at 1,000,000 synthetic cases 個人情報 matches 360,000 cases with
   *       them, 143,000 without). The word fields score it; a clause that cannot score lets the top-N
   *       pass (block-max WAND/MaxScore) evaluate it only for documents the word fields found, not
   *       for all of them, so the bigram conjunction stops dominating the cost of such a query.
   *   <li>{@link Bigrams#NONE} for a single known word (漏えい, サーバー, ランサムウェア, Emotet): it
   *       matches the same cases without them (same totals at 1,000,000 cases).
   * </ul>
   * Unknown Latin words (kaede, USB) count as known: the bigram field holds them exactly as the word
   * fields do.
   */
  Bigrams bigrams(String q) {
    Bigrams most = Bigrams.NONE;
    for (String word : q.strip().split("[\\s\u3000]+")) {
      Bigrams b = word.isEmpty() ? Bigrams.NONE : bigrams(word, analyzer);
      most = b.compareTo(most) > 0 ? b : most;
    }
    return most;
  }

  private static Bigrams bigrams(String word, Analyzer analyzer) {
    try (TokenStream ts = analyzer.tokenStream(CaseFields.BODY, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ReadingAttribute reading = ts.hasAttribute(ReadingAttribute.class) ? ts.getAttribute(ReadingAttribute.class) : null;
      ts.reset();
      int tokens = 0;
      boolean unknown = false;
      while (ts.incrementToken()) {
        tokens++;
        boolean japanese = term.chars().anyMatch(TextQueries::isJapanese);
        unknown |= japanese && (reading == null || reading.getReading() == null || term.length() == 1);
      }
      ts.end();
      return unknown || tokens == 0 ? Bigrams.SCORE : tokens > 1 ? Bigrams.MATCH : Bigrams.NONE;
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a String does not do I/O
    }
  }

  private static boolean isJapanese(int c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA;
  }

  /** A phrase over the reading bigrams of a kana or (fully convertible) romaji word, else null. */
  static Query readingQuery(String word) {
    String kana;
    if (Kana.isKana(word)) {
      kana = word;
    } else {
      Kana.Conversion c = word.length() >= 4 ? Kana.fromRomaji(word) : null;
      if (c == null || !c.complete()) {
        return null;
      }
      kana = c.katakana();
    }
    String key = Kana.readingKey(kana);
    if (key.length() < 2) {
      return null;
    }
    PhraseQuery.Builder b = new PhraseQuery.Builder();
    for (int i = 0; i + 2 <= key.length(); i++) {
      b.add(new Term(CaseFields.ORG_READING, key.substring(i, i + 2)), i);
    }
    return b.build();
  }
}
