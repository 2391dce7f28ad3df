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
    return analyse(text, 0);
  }

  /**
   * Like {@link #analyse(String)}, with the words' offsets moved by {@code wordShift} (the parts'
   * stay in {@code text}): an article's text analysed on its own, its words placed in the title and
   * text, without copying each word to move it.
   */
  public static Morphemes analyse(String text, int wordShift) {
    List<Token> words = new ArrayList<>(text.length() / 2 + 8);
    List<Token> parts = new ArrayList<>(text.length() / 2 + 8);
    int compoundEnd = -1;
    Kuromoji k = SHARED.get();
    // a plain loop rather than run(reader, consumer), so the token handling compiles with the loop
    // and its state is locals, not captured arrays
    try {
      k.tokenizer.setReader(TextForms.normalise(new StringReader(text)));
      k.tokenizer.reset();
      while (k.tokenizer.incrementToken()) {
        int start = k.offset.startOffset();
        int end = k.offset.endOffset();
        // no reading: nothing reads an article's (names get theirs from tokenize), and each is a dictionary lookup
        String base = k.base.getBaseForm();
        String pos = k.pos.getPartOfSpeech();
        if (pos == null) {
          pos = "";
        }
        if (k.length.getPositionLength() > 1) {
          while (!words.isEmpty() && words.get(words.size() - 1).start() >= start + wordShift) {
            words.remove(words.size() - 1);
          }
          String surface = text.substring(start, end);
          words.add(new Token(surface, base == null ? surface : base, pos, "", start + wordShift, end + wordShift));
          compoundEnd = end;
          continue;
        }
        // the term is the surface in the one form; most often the very characters of the text, and
        // then one String serves both (and one Token, when the words are not moved)
        boolean part = k.term.length() > 0 && !isPunctuation(k.term.charAt(0));
        boolean word = start >= compoundEnd && end > start; // a word inside a respelt span may map to no characters
        if (!part && !word) {
          continue;
        }
        String surface = text.substring(start, end);
        String term = sameChars(k.term, surface) ? surface : k.term.toString();
        Token asPart = part ? new Token(term, base == null ? term : base, pos, "", start, end) : null;
        if (word) {
          words.add(wordShift == 0 && asPart != null && term == surface ? asPart
              : new Token(surface, base == null ? surface : base, pos, "", start + wordShift, end + wordShift));
        }
        if (asPart != null) {
          parts.add(asPart);
        }
      }
      k.tokenizer.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringReader does not throw
    } finally {
      k.close();
    }
    return new Morphemes(words, parts);
  }

  private static boolean sameChars(CharTermAttribute term, String s) {
    int n = term.length();
    if (n != s.length()) {
      return false;
    }
    char[] b = term.buffer();
    for (int i = 0; i < n; i++) {
      if (b[i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
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

    /** Readies the tokenizer for the next setReader, also after a failure. */
    void close() {
      try {
        tokenizer.close();
      } catch (IOException e) {
        NORMAL.remove();
        SHARED.remove();
      }
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
