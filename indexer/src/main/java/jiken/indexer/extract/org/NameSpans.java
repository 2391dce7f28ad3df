package jiken.indexer.extract.org;

import java.util.List;
import jiken.indexer.analysis.Token;

/**
 * Character-level helpers that grow an organisation name from an anchor (a legal form, a suffix
 * such as 病院, a Kuromoji organisation token) to the whole run of name characters around it.
 * Kuromoji often splits names oddly (公立大/学/法人, み/やき/町), so runs are found on characters and
 * the tokens only veto hiragana particles. Stateless and thread-safe.
 */
final class NameSpans {
  /** Longest name we grow; longer runs are prose, not names. */
  static final int MAX_NAME = 32;

  private NameSpans() {}

  static boolean isNameChar(char c) {
    return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c == '々' || c == '〆' || c == 'ヶ'
        || c >= '\u30A1' && c <= '\u30FA' || c == 'ー' || c == '・' || isLatinOrDigit(c) || c == '&' || c == '＆';
  }

  static boolean isLatinOrDigit(char c) {
    return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'Ａ' && c <= 'Ｚ'
        || c >= 'ａ' && c <= 'ｚ' || c >= '０' && c <= '９';
  }

  static boolean isHiragana(char c) {
    return c >= '\u3041' && c <= '\u309F';
  }

  /**
   * Start of the name run that ends at {@code end}: name characters, a space between Latin words
   * (NAVER Cloud), and a leading hiragana block of 2–5 characters that holds no particle (みやき町,
   * こころネット, 県立ろう学校).
   */
  static int extendLeft(String text, int end, int limit, List<Token> tokens) {
    int i = end;
    int floor = Math.max(limit, end - MAX_NAME);
    while (i > floor) {
      char c = text.charAt(i - 1);
      if (isNameChar(c)) {
        i--;
      } else if (c == ' ' && i - 2 >= floor && isLatinOrDigit(text.charAt(i - 2)) && i < text.length()
          && isLatinOrDigit(text.charAt(i))) {
        i--;
      } else if (isHiragana(c)) {
        int h = i;
        while (h > floor && isHiragana(text.charAt(h - 1))) {
          h--;
        }
        int from = Math.max(h, lastParticleEnd(tokens, h, i));
        boolean atBoundary = from == 0 || !isNameChar(text.charAt(from - 1)) && !isHiragana(text.charAt(from - 1));
        if (i - from < 2 || i - from > 5 || hasVerb(tokens, from, i) && !(atBoundary && from == h)) {
          break;
        }
        i = from;
        if (from > h) {
          break; // a particle before the block ends the name (にむつ警察署 → むつ警察署)
        }
      } else {
        break;
      }
    }
    return i;
  }

  /** End of the name run that starts at {@code start} (same rules as {@link #extendLeft}). */
  static int extendRight(String text, int start, int limit, List<Token> tokens) {
    int i = start;
    int ceil = Math.min(limit, start + MAX_NAME);
    while (i < ceil) {
      char c = text.charAt(i);
      if (isNameChar(c)) {
        i++;
      } else if (c == ' ' && i > start && isLatinOrDigit(text.charAt(i - 1)) && i + 1 < ceil
          && isLatinOrDigit(text.charAt(i + 1))) {
        i++;
      } else if (isHiragana(c)) {
        int h = i;
        while (h < ceil && isHiragana(text.charAt(h))) {
          h++;
        }
        if (h - i < 2 || h - i > 5 || hasParticle(tokens, i, h) || h >= text.length() || !isNameChar(text.charAt(h))) {
          break;
        }
        i = h;
      } else {
        break;
      }
    }
    return i;
  }

  /** Whether any token overlapping {@code [from,to)} is a particle or auxiliary verb. */
  static boolean hasParticle(List<Token> tokens, int from, int to) {
    int k = firstTokenAt(tokens, from);
    for (; k < tokens.size() && tokens.get(k).start() < to; k++) {
      String pos = tokens.get(k).pos();
      if (pos.startsWith("助詞") || pos.startsWith("助動詞") || pos.startsWith("連体詞") || pos.startsWith("副詞")
          || pos.startsWith("接続詞") || pos.contains("非自立")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a verb or adjective overlaps {@code [from,to)} (あり, する: prose, not a name). */
  static boolean hasVerb(List<Token> tokens, int from, int to) {
    for (int k = firstTokenAt(tokens, from); k < tokens.size() && tokens.get(k).start() < to; k++) {
      String pos = tokens.get(k).pos();
      if (pos.startsWith("動詞") || pos.startsWith("形容詞")) {
        return true;
      }
    }
    return false;
  }

  /** End of the last particle-like token within {@code [from,to)}, or {@code from} when none. */
  static int lastParticleEnd(List<Token> tokens, int from, int to) {
    int last = from;
    for (int k = firstTokenAt(tokens, from); k < tokens.size() && tokens.get(k).start() < to; k++) {
      Token t = tokens.get(k);
      if (hasParticle(List.of(t), t.start(), t.end())) {
        last = Math.min(to, t.end());
      }
    }
    return last;
  }

  /** Index of the first token ending after {@code offset} (binary search; tokens are in order). */
  static int firstTokenAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
