package jiken.indexer.extract;

/** Sentence boundaries in Japanese text: 。！？!? and line breaks end a sentence. Stateless. */
public final class Sentences {
  private static final int MAX_SENTENCE = 400;

  private Sentences() {}

  static boolean isBoundary(char ch) {
    return ch == '。' || ch == '\n' || ch == '！' || ch == '？' || ch == '!' || ch == '?' || ch == '\r';
  }

  /** Start offset of the sentence containing {@code pos}. */
  public static int start(String text, int pos) {
    int i = Math.min(Math.max(pos, 0), text.length());
    while (i > 0 && !isBoundary(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** End offset (exclusive, after the terminator) of the sentence containing {@code pos}. */
  public static int end(String text, int pos) {
    int i = Math.min(Math.max(pos, 0), text.length());
    while (i < text.length() && !isBoundary(text.charAt(i))) {
      i++;
    }
    return i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r' ? i + 1 : i;
  }

  /** The trimmed sentence (at most 400 characters, centred on the span) containing {@code [from, to)}. */
  public static String around(String text, int from, int to) {
    int s = start(text, from);
    int e = end(text, Math.max(from, to - 1));
    if (e - s > MAX_SENTENCE) {
      int mid = (from + to) / 2;
      s = Math.max(s, mid - MAX_SENTENCE / 2);
      e = Math.min(e, s + MAX_SENTENCE);
    }
    return text.substring(s, e).strip();
  }
}
