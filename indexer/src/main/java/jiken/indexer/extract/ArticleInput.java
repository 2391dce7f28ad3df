package jiken.indexer.extract;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article to extract facts from (the extraction contract's input record).
 *
 * <p>All character offsets in extracted facts refer to {@link #fullText()}: the title, a newline,
 * then the text. Extractors must return literal substrings of it.
 *
 * @param id caller's id, echoed in the output
 * @param url the article URL, or "" (a hint for years, e.g. {@code /2025/10/30/})
 * @param title the headline, or ""
 * @param text the main text
 * @param published publication date, or {@code null} when unknown
 */
public record ArticleInput(String id, String url, String title, String text, LocalDate published) {
  public ArticleInput {
    id = id == null ? "" : id;
    url = url == null ? "" : url;
    title = title == null ? "" : title;
    text = text == null ? "" : text;
  }

  /** The title, a newline, then the text: the string every fact offset points into. */
  public String fullText() {
    return title + "\n" + text;
  }

  /** Offset of the text's first character in {@link #fullText()}. */
  public int textOffset() {
    return title.length() + 1;
  }

  public static ArticleInput of(String title, String text, LocalDate published) {
    return new ArticleInput("", "", Objects.requireNonNull(title), Objects.requireNonNull(text), published);
  }
}
