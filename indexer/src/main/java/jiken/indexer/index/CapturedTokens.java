package jiken.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The tokens of one field value (term, position increment, offsets), captured once and replayed
 * as often as needed: a case's body feeds both its word field and its shingle field from one
 * Kuromoji pass, and an article's tokens kept from its extraction ({@link AnalyzedText}) are
 * replayed instead of tokenising the article again.
 *
 * <p>Segments are appended in text order, each with the offset of its text in the field value;
 * the position gap a segment leaves at its end (stop words removed after its last token) carries
 * into the next segment's first token, as if the concatenation had been analysed in one go. Not
 * thread-safe; a replayed stream reads the arrays as they are when it is consumed.
 */
final class CapturedTokens {
  private char[] chars = new char[256];
  private int charCount;
  private int[] termStart = new int[64];
  private int[] posInc = new int[64];
  private int[] start = new int[64];
  private int[] end = new int[64];
  private int size;
  private int pendingGap;
  private int finalOffset;

  int size() {
    return size;
  }

  /** Appends the tokens {@code analyzer} makes of {@code text}, whose first character is at {@code base} in the field value. */
  void analyse(Analyzer analyzer, String field, String text, int base) {
    capture(analyzer.tokenStream(field, text), base);
  }

  /** Appends the tokens of {@code stream} (consumed and closed here), whose text starts at {@code base} in the field value. */
  void capture(TokenStream stream, int base) {
    try (TokenStream ts = stream) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        add(term.buffer(), 0, term.length(), inc.getPositionIncrement(), base + off.startOffset(), base + off.endOffset());
      }
      ts.end();
      endSegment(inc.getPositionIncrement(), base + off.endOffset());
    } catch (IOException e) {
      throw new UncheckedIOException("analysing a string failed", e); // a StringReader does not fail
    }
  }

  /** Appends a token whose term is {@code text[from, to)}, at those offsets. */
  void add(String text, int from, int to, int increment) {
    add(text, from, to, increment, 0);
  }

  /** Appends a token whose term is {@code text[from, to)}, at those offsets moved by {@code shift}. */
  void add(String text, int from, int to, int increment, int shift) {
    int len = to - from;
    ensure(len);
    text.getChars(from, to, chars, charCount);
    push(len, increment, from + shift, to + shift);
  }

  /** What {@link #rollback} returns to: the token count, characters and end state now. */
  long[] mark() {
    return new long[] {size, charCount, pendingGap, finalOffset};
  }

  /** Drops the tokens appended since {@code mark} was taken and restores its end state. */
  void rollback(long[] mark) {
    size = (int) mark[0];
    charCount = (int) mark[1];
    pendingGap = (int) mark[2];
    finalOffset = (int) mark[3];
  }

  /** Appends one token; a pending end-of-segment gap is added to its position increment. */
  void add(char[] term, int off, int len, int increment, int startOffset, int endOffset) {
    ensure(len);
    System.arraycopy(term, off, chars, charCount, len);
    push(len, increment, startOffset, endOffset);
  }

  /** The position gap left after the last token (removed trailing tokens), carried to the next one appended. */
  int pendingGap() {
    return pendingGap;
  }

  /** Where the field value ends, as the last segment reported. */
  int finalOffset() {
    return finalOffset;
  }

  private void ensure(int len) {
    if (size == posInc.length) {
      int n = size * 2;
      posInc = Arrays.copyOf(posInc, n);
      start = Arrays.copyOf(start, n);
      end = Arrays.copyOf(end, n);
      termStart = Arrays.copyOf(termStart, n + 1);
    }
    if (charCount + len > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charCount + len));
    }
  }

  private void push(int len, int increment, int startOffset, int endOffset) {
    termStart[size] = charCount;
    charCount += len;
    posInc[size] = increment + pendingGap;
    pendingGap = 0;
    start[size] = startOffset;
    end[size] = endOffset;
    size++;
  }

  /**
   * Ends a segment whose stream reported {@code finalIncrement} (positions of trailing removed
   * tokens) and {@code endOffset} (the end of its text in the field value) at its end.
   */
  void endSegment(int finalIncrement, int endOffset) {
    pendingGap += finalIncrement;
    finalOffset = endOffset;
  }

  String term(int i) {
    return new String(chars, termStart[i], termEnd(i) - termStart[i]);
  }

  int posInc(int i) {
    return posInc[i];
  }

  int start(int i) {
    return start[i];
  }

  int end(int i) {
    return end[i];
  }

  private int termEnd(int i) {
    return i + 1 < size ? termStart[i + 1] : charCount;
  }

  /** Whether token {@code i}'s term equals {@code text[from, to)}. */
  boolean termEquals(int i, String text, int from, int to) {
    int s = termStart[i];
    int len = termEnd(i) - s;
    if (len != to - from) {
      return false;
    }
    for (int k = 0; k < len; k++) {
      if (chars[s + k] != text.charAt(from + k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A new stream of the two-token shingles of the captured tokens, exactly as {@code
   * CaseFields.shingles} ({@link org.apache.lucene.analysis.shingle.ShingleFilter}, sizes 2 to 2, no
   * unigrams, separator {@code separator}, filler {@code filler}) makes them over {@link #stream()}:
   * a position gap (removed stop words) leaves one filler in its place, before the token that
   * follows it and at the end, and every pair of adjacent units that is not all filler is a shingle,
   * position increment 1, offsets from its first unit's start to its second's end. Made here
   * straight from the arrays: the filter's window of cloned attribute sources cost as much as
   * inverting the shingles, and was one more class on Lucene's hottest call site.
   */
  TokenStream shingleStream(String separator, String filler) {
    return new Replay() {
      /** The unit before the next one: token index, or FILLER; NONE before the first. */
      private int prev;
      private int prevStart;
      private int next;
      /** Whether the filler before token {@code next} has been paired already. */
      private boolean gapDone;
      private boolean ended;

      private static final int NONE = -2;
      private static final int FILLER = -1;

      @Override
      public boolean incrementToken() {
        while (true) {
          int unit;
          int unitStart;
          int unitEnd;
          if (next < size) {
            if (posInc[next] > 1 && !gapDone) {
              unit = FILLER;
              unitStart = start[next];
              unitEnd = start[next];
              gapDone = true;
            } else {
              unit = next;
              unitStart = start[next];
              unitEnd = end[next];
              next++;
              gapDone = false;
            }
          } else if (!ended && pendingGap > 0 && prev != NONE && prev != FILLER) {
            unit = FILLER;
            unitStart = finalOffset;
            unitEnd = finalOffset;
            ended = true;
          } else {
            return false;
          }
          int first = prev;
          int firstStart = prevStart;
          prev = unit;
          prevStart = unitStart;
          if (first == NONE || (first == FILLER && unit == FILLER)) {
            continue;
          }
          clearAttributes();
          term.setEmpty();
          appendUnit(first);
          term.append(separator);
          appendUnit(unit);
          inc.setPositionIncrement(1);
          off.setOffset(firstStart, unitEnd);
          return true;
        }
      }

      private void appendUnit(int unit) {
        if (unit == FILLER) {
          term.append(filler);
        } else {
          int s = termStart[unit];
          int len = termEnd(unit) - s;
          char[] buf = term.resizeBuffer(term.length() + len);
          System.arraycopy(chars, s, buf, term.length(), len);
          term.setLength(term.length() + len);
        }
      }

      @Override
      public void reset() throws IOException {
        super.reset();
        prev = NONE;
        prevStart = 0;
        next = 0;
        gapDone = false;
        ended = false;
      }
    };
  }

  /** A new stream over the captured tokens. */
  TokenStream stream() {
    return new Replay() {
      private int next;

      @Override
      public boolean incrementToken() {
        if (next >= size) {
          return false;
        }
        clearAttributes();
        int s = termStart[next];
        term.copyBuffer(chars, s, termEnd(next) - s);
        inc.setPositionIncrement(posInc[next]);
        off.setOffset(start[next], end[next]);
        next++;
        return true;
      }

      @Override
      public void reset() throws IOException {
        super.reset();
        next = 0;
      }
    };
  }

  /** A stream replaying these tokens (or what is made of them): the attributes it sets, and its end state. */
  private abstract class Replay extends TokenStream {
    final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    final OffsetAttribute off = addAttribute(OffsetAttribute.class);

    @Override
    public final void end() throws IOException {
      super.end();
      inc.setPositionIncrement(pendingGap);
      off.setOffset(finalOffset, finalOffset);
    }
  }
}
