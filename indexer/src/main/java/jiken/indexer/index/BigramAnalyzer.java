package jiken.indexer.index;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Character bigrams of CJK text (width-folded first), for names the dictionary does not know:
 * any two-character run of a query still matches. No unigrams beside the bigrams (an isolated
 * character still gives a unigram): with them every kana query matched any text sharing its
 * characters (サーバー found a page with サイト, ー and バンキング). Thread-safe.
 *
 * <p>{@link #indexTokens} gives the same tokens for the common case of a case document's text
 * without running the analyzer's chain.
 */
public final class BigramAnalyzer extends Analyzer {
  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new CJKWidthCharFilter(reader);
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new CJKBigramFilter(tokenizer, CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA
        | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL, false);
    stream = new LowerCaseFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  // character classes of the fast reading, after width folding
  private static final byte OTHER = 0; // a separator: no token, breaks words and CJK runs
  private static final byte CJK = 1; // a kanji, hiragana or katakana: bigrammed with its CJK neighbours
  private static final byte LETTER = 2; // ASCII letter
  private static final byte DIGIT = 3; // ASCII digit
  private static final byte MID_LETTER = 4; // ':' joins letters
  private static final byte MID_NUM = 5; // ',' ';' join digits
  private static final byte MID_NUM_LET = 6; // '.' '\'' join letters, or digits
  private static final byte UNKNOWN = 7; // anything else: the text is read by the analyzer
  private static final int MAX_TOKEN = 255; // StandardTokenizer's limit: longer words are split, leave them to it

  /**
   * The tokens this analyzer makes of {@code text}, as a stream read straight off the text, or null
   * when {@code text} holds a character this reading does not cover (then the caller indexes the
   * text with the analyzer).
   *
   * <p>Covered: kanji (U+4E00–U+9FEF; later ones are unknown to the tokenizer's Unicode version),
   * hiragana (U+3041–U+3096), katakana (U+30A1–U+30FA and ー), ASCII letters and digits, full-width
   * forms of ASCII (folded as {@link CJKWidthCharFilter} does), and the separators of Japanese news
   * text (spaces, line breaks, ASCII and CJK punctuation; see {@link #classOf}). Over these,
   * StandardTokenizer's word-break rules (UAX #29) reduce to: a kanji or hiragana is a word of its
   * own, a katakana run is one word, a run of ASCII letters and digits is one word, joined across
   * one ':' between letters, one ',' or ';' between digits and one '.' or apostrophe between two
   * letters or two digits; CJKBigramFilter then joins adjacent CJK characters (no separator between
   * them) into bigrams, a lone one into a unigram; LowerCaseFilter lower-cases ASCII. A run of word
   * characters longer than StandardTokenizer's 255 is left to the analyzer. {@code
   * BigramAnalyzerTest} checks the tokens against the analyzer's (term, position, offsets) for
   * every covered character in every context, on random mixes and on whole corpora.
   */
  static TokenStream indexTokens(String text) {
    int n = text.length();
    char[] folded = new char[n];
    byte[] cls = new byte[n];
    int wordRun = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c >= 0xFF01 && c <= 0xFF5E) {
        c = (char) (c - 0xFEE0);
      }
      byte k = classOf(c);
      if (k == UNKNOWN) {
        return null;
      }
      wordRun = k >= LETTER ? wordRun + 1 : 0; // letters, digits and their joiners
      if (wordRun > MAX_TOKEN) {
        return null;
      }
      folded[i] = c;
      cls[i] = k;
    }
    return new Bigrams(folded, cls);
  }

  /**
   * The tokens of a covered text, made as they are read: no tokenizer, filters or token buffer
   * between the text and the index. Not thread-safe; one consumer.
   */
  private static final class Bigrams extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute off = addAttribute(OffsetAttribute.class);
    private final char[] text;
    private final byte[] cls;
    /** The next character to read. */
    private int at;
    /** Start of the next bigram of the CJK run ending at {@link #runEnd}, or -1 when none is left. */
    private int pair = -1;
    private int runEnd;

    Bigrams(char[] text, byte[] cls) {
      this.text = text;
      this.cls = cls;
    }

    @Override
    public boolean incrementToken() {
      clearAttributes();
      if (pair >= 0) {
        emit(pair, 2);
        pair = pair + 2 < runEnd ? pair + 1 : -1;
        return true;
      }
      int n = text.length;
      while (at < n) {
        byte k = cls[at];
        if (k == CJK) {
          int s = at;
          int e = s + 1;
          while (e < n && cls[e] == CJK) {
            e++;
          }
          at = e;
          if (e - s == 1) {
            emit(s, 1);
          } else {
            emit(s, 2);
            runEnd = e;
            pair = s + 2 < e ? s + 1 : -1;
          }
          return true;
        }
        if (k == LETTER || k == DIGIT) {
          int s = at;
          int e = s + 1;
          while (e < n) {
            byte c = cls[e];
            if (c == LETTER || c == DIGIT) {
              e++;
            } else if (e + 1 < n && joins(cls[e - 1], c, cls[e + 1])) {
              e += 2;
            } else {
              break;
            }
          }
          at = e;
          char[] buf = term.resizeBuffer(e - s);
          for (int j = s; j < e; j++) {
            char c = text[j];
            buf[j - s] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
          }
          term.setLength(e - s);
          off.setOffset(s, e);
          inc.setPositionIncrement(1);
          return true;
        }
        at++;
      }
      return false;
    }

    private void emit(int start, int length) {
      term.copyBuffer(text, start, length);
      off.setOffset(start, start + length);
      inc.setPositionIncrement(1);
    }

    @Override
    public void end() throws java.io.IOException {
      super.end();
      off.setOffset(text.length, text.length);
    }

    @Override
    public void reset() throws java.io.IOException {
      super.reset();
      at = 0;
      pair = -1;
    }
  }

  /** Whether {@code mid} between {@code before} and {@code after} keeps them in one word (UAX #29 WB6/7, WB11/12). */
  private static boolean joins(byte before, byte mid, byte after) {
    if (before == LETTER && after == LETTER) {
      return mid == MID_LETTER || mid == MID_NUM_LET;
    }
    if (before == DIGIT && after == DIGIT) {
      return mid == MID_NUM || mid == MID_NUM_LET;
    }
    return false;
  }

  private static byte classOf(char c) {
    if (c >= 0x4E00 && c <= 0x9FEF || c >= 0x3041 && c <= 0x3096 || c >= 0x30A1 && c <= 0x30FA || c == 'ー') {
      return CJK;
    }
    if (c < 0x80) {
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        return LETTER;
      }
      if (c >= '0' && c <= '9') {
        return DIGIT;
      }
      switch (c) {
        case ':':
          return MID_LETTER;
        case ',':
        case ';':
          return MID_NUM;
        case '.':
        case '\'':
          return MID_NUM_LET;
        case '_':
          return UNKNOWN; // joins words and katakana (WB13a/b): left to the analyzer
        default:
          return OTHER;
      }
    }
    return SEPARATORS.indexOf(c) >= 0 ? OTHER : UNKNOWN;
  }

  /** CJK punctuation and symbols that are separators to UAX #29 (Word_Break Other). */
  private static final String SEPARATORS = "\u3000、。〃「」『』【】〈〉《》〔〕〜・…‥※―‐–—“”→←↑↓○●◎◇◆□■△▲▽▼〒§¥£°±×÷•①②③④⑤⑥⑦⑧⑨⑩";
}
