package jiken.indexer.extract.count;

import java.util.List;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.CountFact;

/**
 * The affected count of the incident: how many people or records were hit, as written
 * ({@code 約1万6000件} → 16000), or null when the article states none.
 *
 * <p>Candidates come from {@link CountCandidateFinder} (numbers with victim counters whose context
 * can count victims); {@link CountSelector} picks the total, the headline figure or the largest.
 * Works on the raw text (no tokens needed), in time linear in its length. Thread-safe and
 * stateless; never throws on content.
 */
public final class CountExtractor {
  public CountFact extract(AnalyzedArticle article) {
    String text = article.fullText();
    int titleEnd = article.input().title().length();
    List<CountCandidate> candidates = CountCandidateFinder.find(text, titleEnd);
    CountCandidate best = CountSelector.choose(candidates);
    if (best == null) {
      return null;
    }
    return new CountFact(best.text(), best.value(), article.provenance(best.start(), best.end()));
  }

  /** All candidates that passed the context checks, for explanation and tests. */
  List<CountCandidate> candidates(AnalyzedArticle article) {
    return CountCandidateFinder.find(article.fullText(), article.input().title().length());
  }
}
