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
        int nounStart = nounRunStart(tokens, h, i);
        if (nounStart >= 0 && i - h <= 6) {
          i = Math.max(floor, nounStart); // hiragana inside nouns: 三つ葉, ふくろう, こだま
          continue;
        }
        int named = hiraganaNameStart(text, tokens, h, i);
        if (named >= 0) {
          i = named; // a hiragana name of its own: そよかぜ(トラベル), (北海道の)ひなた(フーズ)
          break;
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

  /**
   * Start of the noun tokens that cover the hiragana block {@code [h,i)} (a token may begin before
   * it: 三つ葉), or -1 when any of them is not a noun or is a pronoun-like formal noun.
   */
  static int nounRunStart(List<Token> tokens, int h, int i) {
    int k = firstTokenAt(tokens, h);
    if (k >= tokens.size() || tokens.get(k).start() > h) {
      return -1;
    }
    int start = tokens.get(k).start();
    for (; k < tokens.size() && tokens.get(k).start() < i; k++) {
      String pos = tokens.get(k).pos();
      if (!pos.startsWith("名詞") || pos.contains("非自立") || pos.contains("代名詞") || pos.contains("副詞可能")) {
        return -1;
      }
    }
    return start;
  }

  /**
   * Start of a hiragana name directly before a name anchor, or -1: the whole block when it stands
   * after punctuation or at the start (そよかぜ, やまなみ: Kuromoji reads them as particles), else the
   * part after the last particle that a noun follows (北海道のひなた → ひなた). A block that opens
   * with a conjunction or adverb (また, なお) is prose. Two to six characters.
   */
  static int hiraganaNameStart(String text, List<Token> tokens, int h, int i) {
    // Only where no particle can start: the start, after 、。, an opening bracket or a space ("(木)に" is prose).
    boolean atBoundary = h == 0 || "、。，．「『（(【〈《\n \u3000・:：".indexOf(text.charAt(h - 1)) >= 0;
    int k = firstTokenAt(tokens, h);
    if (atBoundary && i - h >= 2 && i - h <= 6 && k < tokens.size() && tokens.get(k).start() == h) {
      String pos = tokens.get(k).pos();
      if (!pos.startsWith("接続詞") && !pos.startsWith("副詞") && !pos.startsWith("連体詞") && !pos.startsWith("感動詞")) {
        return h;
      }
    }
    for (; k < tokens.size() && tokens.get(k).start() < i; k++) {
      Token t = tokens.get(k);
      // a particle, auxiliary or verb ends the prose before the name (北海道の|ひなた, 手がける|ふくろう)
      boolean prose = t.pos().startsWith("助詞") || t.pos().startsWith("助動詞") || t.pos().startsWith("動詞");
      if (prose && t.end() > h && t.end() < i && i - t.end() >= 2 && i - t.end() <= 6) {
        int next = firstTokenAt(tokens, t.end());
        if (next < tokens.size() && tokens.get(next).start() == t.end() && tokens.get(next).pos().startsWith("名詞")
            && !tokens.get(next).pos().contains("非自立")) {
          return t.end();
        }
      }
    }
    return -1;
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
        boolean beforeName = h < text.length() && isNameChar(text.charAt(h));
        // Right after the anchor (株式会社そよかぜトラベル, 株式会社ひなたフーズ) a hiragana block that runs into
        // more name characters is the name's own head, whatever Kuromoji tags it as.
        boolean head = i == start && h - i >= 2 && h - i <= 6 && beforeName;
        if (!head && (h - i < 2 || h - i > 5 || hasParticle(tokens, i, h) || !beforeName)) {
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
