package jiken.indexer.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.dict.UserDictionary;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Morphological analysis for fact extraction: Kuromoji in normal mode (compounds kept whole) with
 * the project user dictionary, punctuation kept so offsets cover the whole text.
 *
 * <p>Offsets refer to the string passed in. Thread-safe: each thread reuses its own tokenizer, and
 * the user dictionary is loaded once.
 */
public final class Morphology {
  private static final String USER_DICT = "/jiken/indexer/analysis/userdict.txt";
  private static final String USER_DICT_TEXT = readUserDictionary();
  private static final UserDictionary DICTIONARY = loadUserDictionary();

  private Morphology() {}

  /** The source of the project user dictionary, to tell whether tokens made with another one are stale. */
  public static String userDictionaryText() {
    return USER_DICT_TEXT;
  }

  /** The project user dictionary (shared by extraction and search analysis), or null if empty. */
  public static UserDictionary userDictionary() {
    return DICTIONARY;
  }

  private static String readUserDictionary() {
    try (InputStream in = Morphology.class.getResourceAsStream(USER_DICT)) {
      if (in == null) {
        throw new IllegalStateException(USER_DICT + " missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static UserDictionary loadUserDictionary() {
    try {
      return UserDictionary.open(new StringReader(USER_DICT_TEXT));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tokenises {@code text}; never throws on content. */
  public static List<Token> tokenize(String text) {
    List<Token> out = new ArrayList<>();
    Reusable r = REUSABLE.get();
    JapaneseTokenizer tok = r.tokenizer;
    try {
      tok.setReader(new StringReader(text));
      tok.reset();
      while (tok.incrementToken()) {
        String surface = r.term.toString();
        String b = r.base.getBaseForm();
        String p = r.pos.getPartOfSpeech();
        String reading = r.reading.getReading();
        out.add(new Token(surface, b == null ? surface : b, p == null ? "" : p, reading == null ? "" : reading,
            r.offset.startOffset(), r.offset.endOffset()));
      }
      tok.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // StringReader does not throw
    } finally {
      try {
        tok.close(); // readies the tokenizer for the next setReader, also after a failure
      } catch (IOException e) {
        REUSABLE.remove();
      }
    }
    return out;
  }

  /**
   * One tokenizer per thread, reused across calls: building a {@link JapaneseTokenizer} allocates
   * its lattice buffers, which cost as much as analysing a short text.
   */
  private static final ThreadLocal<Reusable> REUSABLE = ThreadLocal.withInitial(Reusable::new);

  private static final class Reusable {
    final JapaneseTokenizer tokenizer = new JapaneseTokenizer(DICTIONARY, false, true, JapaneseTokenizer.Mode.NORMAL);
    final CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
    final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    final BaseFormAttribute base = tokenizer.addAttribute(BaseFormAttribute.class);
    final PartOfSpeechAttribute pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
    final ReadingAttribute reading = tokenizer.addAttribute(ReadingAttribute.class);
  }
}
