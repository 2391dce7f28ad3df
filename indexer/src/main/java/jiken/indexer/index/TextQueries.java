package jiken.indexer.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a reader typed into a Lucene query. The text goes through {@link SimpleQueryParser}
 * (never throws: quotes, {@code +}, {@code -}, {@code |} work, broken syntax degrades to words),
 * all words required (or, for the fallback when that finds nothing, any word). Words written in kana or romaji may also match the <em>reading</em> of an
 * organisation name ({@link CaseFields#ORG_READING}): {@code かくうしょうじ} or {@code kakushoji}
 * finds 架空商事. Thread-safe.
 */
final class TextQueries {
  private static final Map<String, Float> WEIGHTS = Map.of(CaseFields.TITLE, 3f, CaseFields.ORG_TEXT, 3f,
      CaseFields.BODY, 1f, CaseFields.BIGRAM, 0.3f);
  private static final float READING_BOOST = 2f;

  private final Analyzer analyzer;

  TextQueries(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The query for {@code q}; {@code operator} joins its words (MUST: all required; SHOULD: any). */
  Query parse(String q, BooleanClause.Occur operator) {
    if (q.isBlank()) {
      return new MatchAllDocsQuery();
    }
    Query text = simple(q, operator);
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
      alt.add(simple(String.join(" ", rest), operator), BooleanClause.Occur.MUST);
    }
    return new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.SHOULD)
        .add(new BoostQuery(alt.build(), READING_BOOST), BooleanClause.Occur.SHOULD)
        .build();
  }

  private Query simple(String q, BooleanClause.Occur operator) {
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, WEIGHTS);
    parser.setDefaultOperator(operator);
    Query parsed = parser.parse(q);
    // A query of only stop words or punctuation parses to nothing: match nothing rather than fail.
    return parsed == null ? new BooleanQuery.Builder().build() : parsed;
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
