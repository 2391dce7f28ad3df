package jiken.indexer.extract;

import java.util.ArrayList;
import java.util.List;
import jiken.indexer.analysis.Morphemes;
import jiken.indexer.analysis.Morphology;
import jiken.indexer.analysis.Token;

/**
 * An article with its full text tokenised once, shared by every extractor.
 *
 * @param input the article
 * @param fullText {@link ArticleInput#fullText()}
 * @param tokens the words of {@code fullText} ({@link Morphemes#words}: compounds whole, punctuation
 *     kept), offsets into {@code fullText}
 * @param searchParts the search-mode parts of the text alone ({@link Morphemes#parts}), offsets into
 *     the text ({@link ArticleInput#text()}), for the index; empty when not made
 */
public record AnalyzedArticle(ArticleInput input, String fullText, List<Token> tokens, List<Token> searchParts) {
  public AnalyzedArticle {
    tokens = List.copyOf(tokens);
    searchParts = List.copyOf(searchParts);
  }

  /** With words only (tests, and extractors that read no tokens). */
  public AnalyzedArticle(ArticleInput input, String fullText, List<Token> tokens) {
    this(input, fullText, tokens, List.of());
  }

  /**
   * The article through Kuromoji once ({@link Morphology#analyse}): the title with its newline, then
   * the text on its own — so the text's search parts are exactly what the search analyzer makes of
   * the text (Kuromoji's reading of a text's first words depends on what precedes them).
   */
  public static AnalyzedArticle of(ArticleInput input) {
    Morphemes head = Morphology.analyse(input.title() + "\n");
    Morphemes body = Morphology.analyse(input.text(), input.textOffset()); // words placed after the title
    List<Token> words = new ArrayList<>(head.words().size() + body.words().size());
    words.addAll(head.words());
    words.addAll(body.words());
    return new AnalyzedArticle(input, input.fullText(), words, body.parts());
  }

  public Provenance provenance(int start, int end) {
    return Provenance.of(fullText, start, end);
  }
}
