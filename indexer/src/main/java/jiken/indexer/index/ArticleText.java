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

  /**
   * Whether {@code summary} — a case's lead, whole sentences from its first report — is already in
   * one of {@code articles}: then indexing it again would only count its words twice. True when the
   * summary's first sentence (or its first 40 characters) occurs in an article's text.
   */
  public static boolean cover(java.util.List<ArticleText> articles, String summary) {
    if (summary == null || summary.isBlank()) {
      return true;
    }
    int end = summary.indexOf('。');
    String head = summary.substring(0, Math.min(end < 0 ? summary.length() : end + 1, 40));
    if (head.endsWith("…")) {
      head = head.substring(0, head.length() - 1);
    }
    for (ArticleText a : articles) {
      if (a.text().contains(head)) {
        return true;
      }
    }
    return false;
  }

  /** An article with nothing kept: the index analyses it. */
  public static ArticleText of(String text) {
    return new ArticleText(text, null, null);
  }
}
