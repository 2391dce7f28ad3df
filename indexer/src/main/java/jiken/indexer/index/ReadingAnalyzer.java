package jiken.indexer.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;

/**
 * Character bigrams of reading keys ({@link Readings}) for the {@link CaseFields#ORG_READING}
 * field. A query's reading key becomes a phrase of its bigrams, so any part of a name's reading
 * matches in order. The text is already folded, so no filters. Thread-safe.
 */
final class ReadingAnalyzer extends Analyzer {
  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    NGramTokenizer tokenizer = new NGramTokenizer(2, 2);
    return new TokenStreamComponents(tokenizer);
  }
}
