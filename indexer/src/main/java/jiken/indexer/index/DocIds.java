package jiken.indexer.index;

import java.util.Arrays;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/** Matches the given global doc ids (ascending), score 1; never cached. Immutable. */
final class DocIds extends Query {
  private final int[] docs;

  DocIds(int[] ascending) {
    this.docs = ascending;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext leaf) {
        int lo = leaf.docBase;
        int from = firstAtLeast(lo);
        int to = firstAtLeast(lo + leaf.reader().maxDoc());
        if (from == to) {
          return null;
        }
        return new ConstantScoreScorer(this, score(), scoreMode, new SortedDocIterator(docs, from, to, lo));
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false; // one request's candidates
      }
    };
  }

  private int firstAtLeast(int doc) {
    int i = Arrays.binarySearch(docs, doc);
    return i >= 0 ? i : -i - 1;
  }

  @Override
  public String toString(String field) {
    return "DocIds(" + docs.length + ")";
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocIds d && Arrays.equals(docs, d.docs);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(docs);
  }
}
