package jiken.web.pages;

/**
 * Checks free-text path parameters (tag and organisation names) before any lookup: non-blank, at
 * most {@value #MAX_CHARS} characters, no control characters or lone surrogates. Anything else is
 * an {@link IllegalArgumentException}, which the app answers with a 400. Stateless.
 */
final class PathParams {
  static final int MAX_CHARS = 200;

  private PathParams() {}

  static String name(String raw, String what) {
    String s = raw == null ? "" : raw.strip();
    if (s.isEmpty() || s.length() > MAX_CHARS) {
      throw new IllegalArgumentException(what + " must be 1 to " + MAX_CHARS + " characters");
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      if (pairedHigh) {
        i++;
      } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
        throw new IllegalArgumentException(what + " contains control characters");
      }
    }
    return s;
  }
}
