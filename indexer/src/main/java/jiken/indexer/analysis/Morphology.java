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
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Morphological analysis with Kuromoji and the project user dictionary. {@link #analyse} is the
 * one pass an article gets: search mode over {@linkplain TextForms the one form} of the text, with
 * compound words output beside their parts, which gives both the words extraction reads (compounds
 * whole, punctuation kept, as normal mode would) and the search-mode parts the index is made of.
 * {@link #tokenize} is normal mode over the text as written, for short strings (names, readings).
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
    NORMAL.get().run(new StringReader(text), k -> {
      String surface = k.term.toString();
      String b = k.base.getBaseForm();
      String p = k.pos.getPartOfSpeech();
      String reading = k.reading.getReading();
      out.add(new Token(surface, b == null ? surface : b, p == null ? "" : p, reading == null ? "" : reading,
          k.offset.startOffset(), k.offset.endOffset()));
    });
    return out;
  }

  /**
   * The words and search parts of {@code text} from one Kuromoji pass ({@link Morphemes}); never
   * throws on content. A compound (a token spanning several search parts) replaces those parts
   * among the words, whether Kuromoji gives it before or after them.
   */
  public static Morphemes analyse(String text) {
    List<Token> words = new ArrayList<>();
    List<Token> parts = new ArrayList<>();
    int[] compoundEnd = {-1};
    SHARED.get().run(TextForms.normalise(new StringReader(text)), k -> {
      int start = k.offset.startOffset();
      int end = k.offset.endOffset();
      String surface = text.substring(start, end);
      String base = k.base.getBaseForm();
      String pos = k.pos.getPartOfSpeech();
      // no reading: nothing reads an article's (names get theirs from tokenize), and each is a dictionary lookup
      Token word = new Token(surface, base == null ? surface : base, pos == null ? "" : pos, "", start, end);
      if (k.length.getPositionLength() > 1) {
        while (!words.isEmpty() && words.get(words.size() - 1).start() >= start) {
          words.remove(words.size() - 1);
        }
        words.add(word);
        compoundEnd[0] = end;
        return;
      }
      if (start >= compoundEnd[0] && end > start) { // a word inside a respelt span may map to no characters
        words.add(word);
      }
      if (k.term.length() > 0 && !isPunctuation(k.term.charAt(0))) {
        String term = k.term.toString();
        parts.add(new Token(term, base == null ? term : base, pos == null ? "" : pos, "", start, end));
      }
    });
    return new Morphemes(words, parts);
  }

  /** Kuromoji's own test for a token it discards as punctuation (by its first character). */
  static boolean isPunctuation(char ch) {
    switch (Character.getType(ch)) {
      case Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.CONTROL,
          Character.FORMAT, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
          Character.CONNECTOR_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
          Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL, Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }

  /**
   * One tokenizer of each kind per thread, reused across calls: building a {@link JapaneseTokenizer}
   * allocates its lattice buffers, which cost as much as analysing a short text. Normal mode for
   * {@link #tokenize}; search mode with compounds and punctuation kept for {@link #analyse}.
   */
  private static final ThreadLocal<Kuromoji> NORMAL = ThreadLocal.withInitial(
      () -> new Kuromoji(new JapaneseTokenizer(DICTIONARY, false, true, JapaneseTokenizer.Mode.NORMAL)));
  private static final ThreadLocal<Kuromoji> SHARED = ThreadLocal.withInitial(
      () -> new Kuromoji(new JapaneseTokenizer(DICTIONARY, false, false, JapaneseTokenizer.Mode.SEARCH)));

  /** A tokenizer and its attributes. Not thread-safe: one per thread. */
  private static final class Kuromoji {
    final JapaneseTokenizer tokenizer;
    final CharTermAttribute term;
    final OffsetAttribute offset;
    final PositionLengthAttribute length;
    final BaseFormAttribute base;
    final PartOfSpeechAttribute pos;
    final ReadingAttribute reading;

    Kuromoji(JapaneseTokenizer tokenizer) {
      this.tokenizer = tokenizer;
      term = tokenizer.addAttribute(CharTermAttribute.class);
      offset = tokenizer.addAttribute(OffsetAttribute.class);
      length = tokenizer.addAttribute(PositionLengthAttribute.class);
      base = tokenizer.addAttribute(BaseFormAttribute.class);
      pos = tokenizer.addAttribute(PartOfSpeechAttribute.class);
      reading = tokenizer.addAttribute(ReadingAttribute.class);
    }

    /** Calls {@code each} at every token of {@code reader}, its attributes set. */
    void run(java.io.Reader reader, java.util.function.Consumer<Kuromoji> each) {
      try {
        tokenizer.setReader(reader);
        tokenizer.reset();
        while (tokenizer.incrementToken()) {
          each.accept(this);
        }
        tokenizer.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringReader does not throw
      } finally {
        try {
          tokenizer.close(); // readies the tokenizer for the next setReader, also after a failure
        } catch (IOException e) {
          NORMAL.remove();
          SHARED.remove();
        }
      }
    }
  }
}
