package jiken.indexer.index;

import java.util.List;
import jiken.indexer.analysis.Token;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ja.tokenattributes.BaseFormAttribute;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/**
 * Replays search-mode parts ({@link jiken.indexer.analysis.Morphemes#parts}) as Kuromoji's tokenizer
 * would stream them — term, offsets, one position each, base form and part of speech — so the
 * search analyzer's filters ({@link JapaneseSearchAnalyzer#filters}) run on them unchanged. Only the
 * parts inside {@code [from, to)} of the analysed text are replayed, offsets moved by {@code -from}:
 * an article's body within its title-and-body text. Not thread-safe; one consumer.
 */
final class PartsStream extends TokenStream {
  private static final AttributeFactory FACTORY = new AttributeFactory.StaticImplementationAttributeFactory<>(
      AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY, Morpheme.class) {
    @Override
    protected Morpheme createInstance() {
      return new Morpheme();
    }
  };

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final Morpheme morpheme = (Morpheme) addAttribute(BaseFormAttribute.class);
  private final List<Token> parts;
  private final int from;
  private final int to;
  private int next;

  PartsStream(List<Token> parts, int from, int to) {
    super(FACTORY);
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("bad range [" + from + ", " + to + ")");
    }
    this.parts = parts;
    this.from = from;
    this.to = to;
  }

  @Override
  public boolean incrementToken() {
    while (next < parts.size()) {
      Token t = parts.get(next++);
      if (t.start() < from || t.end() > to) {
        continue;
      }
      clearAttributes();
      term.setEmpty().append(t.surface());
      offset.setOffset(t.start() - from, t.end() - from);
      increment.setPositionIncrement(1);
      morpheme.base = t.baseForm();
      morpheme.pos = t.pos();
      return true;
    }
    return false;
  }

  @Override
  public void end() throws java.io.IOException {
    super.end();
    offset.setOffset(to - from, to - from);
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    next = 0;
  }

  /** The base form and part of speech of a replayed part, where Kuromoji's attributes read them from its dictionary. */
  public static final class Morpheme extends AttributeImpl implements BaseFormAttribute, PartOfSpeechAttribute {
    String base;
    String pos;

    @Override
    public String getBaseForm() {
      return base;
    }

    @Override
    public String getPartOfSpeech() {
      return pos;
    }

    @Override
    public void setToken(org.apache.lucene.analysis.ja.Token token) {
      throw new UnsupportedOperationException("replayed parts carry their own base form and part of speech");
    }

    @Override
    public void clear() {
      base = null;
      pos = null;
    }

    @Override
    public void reflectWith(AttributeReflector reflector) {
      reflector.reflect(BaseFormAttribute.class, "baseForm", base);
      reflector.reflect(PartOfSpeechAttribute.class, "partOfSpeech", pos);
    }

    @Override
    public void copyTo(AttributeImpl target) {
      Morpheme m = (Morpheme) target;
      m.base = base;
      m.pos = pos;
    }
  }
}
