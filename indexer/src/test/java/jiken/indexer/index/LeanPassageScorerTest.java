package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The lean scorer gives Lucene's default score, bit for bit, for passages of repeated and distinct terms. */
class LeanPassageScorerTest {
  private static final String[] WORDS = {"不正", "アクセス", "漏えい", "個人", "情報", "ランサムウェア", "a", "ab"};

  @Test
  void same_score_as_lucenes_default() {
    PassageScorer lucene = new PassageScorer();
    PassageScorer lean = new LeanPassageScorer();
    Random random = new Random(7);
    for (int round = 0; round < 5_000; round++) {
      Passage p = new Passage();
      int start = random.nextInt(2_000);
      p.setStartOffset(start);
      int matches = random.nextInt(12);
      p.setEndOffset(start + matches * 40 + random.nextInt(50)); // matches must lie inside the passage
      int at = start;
      for (int i = 0; i < matches; i++) {
        String w = WORDS[random.nextInt(WORDS.length)];
        // a term's frequency in the document is one number per term, whichever match carries it
        int freqInDoc = 1 + Math.floorMod(w.hashCode(), 40);
        p.addMatch(at, at + w.length(), new BytesRef(w), freqInDoc);
        at += w.length() + random.nextInt(30);
      }
      int contentLength = p.getEndOffset() + random.nextInt(5_000);
      assertThat(Float.floatToIntBits(lean.score(p, contentLength)))
          .as("round %d", round).isEqualTo(Float.floatToIntBits(lucene.score(p, contentLength)));
    }
  }

  @Test
  void an_empty_passage_scores_zero_like_lucenes() {
    Passage p = new Passage();
    p.setStartOffset(10);
    p.setEndOffset(40);
    assertThat(new LeanPassageScorer().score(p, 100)).isEqualTo(new PassageScorer().score(p, 100)).isZero();
  }
}
