package jiken.indexer.index;

import java.nio.charset.StandardCharsets;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;

/**
 * An article's search tokens ({@link JapaneseSearchAnalyzer}), made once when the article is
 * extracted and kept beside it, so that indexing and re-indexing its case replay them instead of
 * running Kuromoji again.
 *
 * <p>Compact: a term that is the text's own characters at its offsets (most are) is stored as
 * offsets only; others (base forms, folded widths and spellings, stemmed long vowels) as UTF-8.
 * About 1.5 bytes per character of text. A kept stream carries the analyzer's
 * {@linkplain JapaneseSearchAnalyzer#fingerprint fingerprint}: after a change of dictionary,
 * spelling variants or Lucene version it no longer {@linkplain #appendTo applies}, nor to another
 * version of the text (its hash is kept too), and the text is analysed afresh. Stateless and thread-safe.
 */
public final class AnalyzedText {
  private static final byte FORMAT = 1;
  /** The analyzer of the word fields, shared by whatever analyses text for them (its components are per thread). */
  static final Analyzer ANALYZER = new JapaneseSearchAnalyzer();

  private AnalyzedText() {}

  /** The search tokens of {@code text}, encoded to keep. */
  public static byte[] encode(String text) {
    CapturedTokens tokens = new CapturedTokens();
    tokens.analyse(ANALYZER, CaseFields.BODY, text, 0);
    return encode(tokens, text);
  }

  /**
   * The search tokens of {@code text} from the search-mode parts of a text it sits in at
   * {@code base} ({@link jiken.indexer.analysis.Morphemes#parts}: an article's title-and-body
   * analysis, of which {@code text} is the body). The same bytes as {@link #encode(String)}, without
   * running Kuromoji again.
   */
  public static byte[] encode(java.util.List<jiken.indexer.analysis.Token> parts, String text, int base) {
    CapturedTokens tokens = new CapturedTokens();
    tokens.capture(JapaneseSearchAnalyzer.filters(new PartsStream(parts, base, base + text.length())), 0);
    return encode(tokens, text);
  }

  static byte[] encode(CapturedTokens tokens, String text) {
    try {
      return write(tokens, text);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // in memory: does not happen
    }
  }

  private static byte[] write(CapturedTokens tokens, String text) throws java.io.IOException {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput(Math.max(64, 2L * text.length()));
    out.writeByte(FORMAT);
    out.writeInt(JapaneseSearchAnalyzer.fingerprint());
    out.writeInt(text.hashCode());
    out.writeVInt(tokens.size());
    int prevEnd = 0;
    for (int i = 0; i < tokens.size(); i++) {
      int s = tokens.start(i);
      int e = tokens.end(i);
      out.writeVInt(tokens.posInc(i));
      out.writeZInt(s - prevEnd);
      boolean own = tokens.termEquals(i, text, s, e);
      out.writeVInt((e - s) << 1 | (own ? 0 : 1));
      if (!own) {
        byte[] term = tokens.term(i).getBytes(StandardCharsets.UTF_8);
        out.writeVInt(term.length);
        out.writeBytes(term, 0, term.length);
      }
      prevEnd = e;
    }
    out.writeVInt(tokens.pendingGap());
    return out.toArrayCopy();
  }

  /**
   * Appends the tokens kept in {@code kept} for {@code text} to {@code out}, their offsets moved by
   * {@code base}. Returns false, appending nothing, when {@code kept} is null, stale or does not fit
   * the text (then the caller analyses the text).
   */
  static boolean appendTo(CapturedTokens out, byte[] kept, String text, int base) {
    if (kept == null || kept.length < 9 || kept[0] != FORMAT) {
      return false;
    }
    // decoded straight into out, and rolled back if the stream turns out malformed: out is left
    // untouched then, without decoding into a copy first
    long[] mark = out.mark();
    try {
      ByteArrayDataInput in = new ByteArrayDataInput(kept);
      in.readByte();
      if (in.readInt() != JapaneseSearchAnalyzer.fingerprint() || in.readInt() != text.hashCode()) {
        return false; // another analyzer's, or another version of the text's (re-imported, not yet re-extracted)
      }
      int n = in.readVInt();
      int prevEnd = 0;
      for (int i = 0; i < n; i++) {
        int inc = in.readVInt();
        int s = prevEnd + in.readZInt();
        int lenAndFlag = in.readVInt();
        int e = s + (lenAndFlag >>> 1);
        if (inc < 0 || s < 0 || e < s || e > text.length()) {
          out.rollback(mark);
          return false;
        }
        if ((lenAndFlag & 1) == 0) {
          out.add(text, s, e, inc, base);
        } else {
          byte[] term = new byte[in.readVInt()];
          in.readBytes(term, 0, term.length);
          char[] chars = new String(term, StandardCharsets.UTF_8).toCharArray();
          out.add(chars, 0, chars.length, inc, s + base, e + base);
        }
        prevEnd = e;
      }
      int gap = in.readVInt();
      if (in.getPosition() != kept.length) {
        out.rollback(mark);
        return false;
      }
      out.endSegment(gap, base + text.length());
      return true;
    } catch (RuntimeException | java.io.IOException malformed) { // a truncated or corrupted row: analyse instead
      out.rollback(mark);
      return false;
    }
  }
}
