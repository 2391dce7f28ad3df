package jiken.indexer.extract;

import java.util.List;
import jiken.indexer.analysis.Morphology;
import jiken.indexer.analysis.Token;

/**
 * An article with its full text tokenised once, shared by every extractor.
 *
 * @param input the article
 * @param fullText {@link ArticleInput#fullText()}
 * @param tokens Kuromoji tokens of {@code fullText} (normal mode), offsets into {@code fullText}
 */
public record AnalyzedArticle(ArticleInput input, String fullText, List<Token> tokens) {
  public AnalyzedArticle {
    tokens = List.copyOf(tokens);
  }

  public static AnalyzedArticle of(ArticleInput input) {
    String full = input.fullText();
    return new AnalyzedArticle(input, full, Morphology.tokenize(full));
  }

  public Provenance provenance(int start, int end) {
    return Provenance.of(fullText, start, end);
  }
}
