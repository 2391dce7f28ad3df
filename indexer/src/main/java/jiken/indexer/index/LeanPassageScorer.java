package jiken.indexer.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default passage scoring, computed without a hash table. {@link PassageScorer#score}
 * gathers a passage's distinct terms in a new {@code BytesRefHash}, which allocates a 32 KB block for
 * every candidate passage: on a realistic index of 1,000,000 cases that was a quarter of all the
 * bytes a search allocated (BENCHMARKS.md, "Search pass 7"). A passage holds a handful of matches, so
 * its distinct terms are found by comparing them in place. The score is the same float: the same
 * terms in the same order (first occurrence), the same products and the same double sum.
 * Stateless, so thread-safe.
 */
final class LeanPassageScorer extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int n = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    // distinct[k]: the match where the k-th distinct term first occurs
    int[] distinct = new int[n];
    int[] inPassage = new int[n];
    int size = 0;
    for (int i = 0; i < n; i++) {
      int k = 0;
      while (k < size && !terms[distinct[k]].bytesEquals(terms[i])) {
        k++;
      }
      if (k == size) {
        distinct[size++] = i;
      }
      inPassage[k]++;
    }
    double score = 0;
    for (int k = 0; k < size; k++) {
      score += tf(inPassage[k], passage.getLength()) * weight(contentLength, freqsInDoc[distinct[k]]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }
}
