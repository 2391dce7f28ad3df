package jiken.crawler.extract;

/**
 * Per-source CSS selectors from {@code sources.json}. Only hints: a selector that matches nothing
 * (or is invalid) falls back to the generic extraction.
 */
public record ExtractHints(String titleSelector, String bodySelector, String publishedSelector) {
  public static final ExtractHints NONE = new ExtractHints(null, null, null);
}
