package jiken.indexer.cases;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import jiken.indexer.index.CaseFields;
import jiken.indexer.index.CaseIndex;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Cases whose text is similar to a case's: Lucene {@link MoreLikeThis} over the nouns field
 * ({@link CaseNouns}). A noun counts when at least {@value #MIN_DOC_FREQ} cases use it (else it
 * cannot match anything) and at most {@link #maxDocFreq} do (a word in a tenth of all cases, or
 * more than {@value #MIN_MAX_DOC_FREQ} in a small index, tells nothing apart). A similar case must
 * share at least {@value #MIN_SHARED} such nouns, and they are returned as the reason.
 * Thread-safe: each call acquires its own searcher.
 */
public final class SimilarCases {
  static final int MIN_DOC_FREQ = 2;
  static final int MIN_MAX_DOC_FREQ = 3;
  static final int MIN_SHARED = 2;
  private static final int MAX_QUERY_TERMS = 25;

  private SimilarCases() {}

  /**
   * One similar case.
   *
   * @param score this case's score relative to the case compared with itself, in (0, 1]
   * @param shared the interesting nouns both cases use, most significant first
   */
  public record Similar(String id, String title, double score, List<String> shared) {}

  /** Up to {@code max} cases similar to {@code caseId}; empty when it is not indexed. */
  public static List<Similar> of(CaseIndex index, String caseId, int max) {
    return index.withSearcher(s -> find(s, caseId, max), List::of);
  }

  static int maxDocFreq(int numDocs) {
    return Math.max(MIN_MAX_DOC_FREQ, numDocs / 10);
  }

  private static List<Similar> find(IndexSearcher searcher, String caseId, int max) throws IOException {
    TopDocs self = searcher.search(new TermQuery(new Term(CaseFields.ID, caseId)), 1);
    if (self.scoreDocs.length == 0) {
      return List.of();
    }
    int doc = self.scoreDocs[0].doc;
    IndexReader reader = searcher.getIndexReader();
    MoreLikeThis mlt = new MoreLikeThis(reader);
    mlt.setFieldNames(new String[] {CaseFields.NOUNS});
    mlt.setAnalyzer(new WhitespaceAnalyzer()); // only used if a document lacks term vectors
    mlt.setMinTermFreq(1); // case texts are short: one mention of 決済画面 is already a signal
    mlt.setMinDocFreq(MIN_DOC_FREQ);
    mlt.setMaxDocFreq(maxDocFreq(reader.numDocs()));
    mlt.setMinWordLen(2);
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    mlt.setStopWords(CaseNouns.STOP);
    Query query = mlt.like(doc);
    List<String> interesting = List.of(mlt.retrieveInterestingTerms(doc));
    if (interesting.isEmpty()) {
      return List.of();
    }
    TopDocs top = searcher.search(query, max + 1);
    double selfScore = 0;
    for (ScoreDoc sd : top.scoreDocs) {
      selfScore = sd.doc == doc ? sd.score : selfScore;
    }
    if (selfScore == 0) {
      selfScore = top.scoreDocs.length == 0 ? 1 : top.scoreDocs[0].score;
    }
    List<Similar> out = new ArrayList<>();
    for (ScoreDoc sd : top.scoreDocs) {
      if (sd.doc == doc || out.size() >= max) {
        continue;
      }
      List<String> shared = shared(reader, sd.doc, interesting);
      if (shared.size() < MIN_SHARED) {
        continue;
      }
      var stored = searcher.storedFields().document(sd.doc, Set.of(CaseFields.ID, CaseFields.TITLE));
      out.add(new Similar(stored.get(CaseFields.ID), stored.get(CaseFields.TITLE),
          Math.min(1.0, sd.score / selfScore), shared));
    }
    return out;
  }

  /** The {@code interesting} terms that document {@code doc} also contains, in their order. */
  private static List<String> shared(IndexReader reader, int doc, List<String> interesting) throws IOException {
    Terms vector = reader.termVectors().get(doc, CaseFields.NOUNS);
    if (vector == null) {
      return List.of();
    }
    Set<String> has = new LinkedHashSet<>();
    TermsEnum te = vector.iterator();
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      has.add(t.utf8ToString());
    }
    return interesting.stream().filter(has::contains).toList();
  }
}
