package jiken.indexer.index;

/**
 * The text of one article of a case as the index takes it, with what was kept from its extraction
 * so the index need not tokenise it again.
 *
 * @param text the article text
 * @param nouns its MoreLikeThis nouns, space-separated ({@code cases.CaseNouns}), or null to tokenise the text
 * @param tokens its search tokens ({@link AnalyzedText#encode}), or null (or stale) to analyse the text
 */
public record ArticleText(String text, String nouns, byte[] tokens) {
  public ArticleText {
    java.util.Objects.requireNonNull(text, "text");
  }

  /** An article with nothing kept: the index analyses it. */
  public static ArticleText of(String text) {
    return new ArticleText(text, null, null);
  }
}
