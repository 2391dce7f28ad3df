package jiken.indexer.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jiken.indexer.Json;
import jiken.indexer.cases.CaseRecord;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;

/** Builds the Lucene document of one case. Stateless. */
final class CaseDocument {
  /** Analysed with offsets so the highlighter need not re-analyse; the text is stored beside it. */
  static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  /** The analyzer of the word fields, as the writer would apply it (see {@link CaseFields#analyzer}). */
  private static final org.apache.lucene.analysis.Analyzer ANALYZER = AnalyzedText.ANALYZER;

  /** Indexed without positions or offsets: only scored, never in phrases or highlights ({@link CaseFields#ALL}, {@link CaseFields#ALL_SHINGLE}). */
  static final FieldType SCORED_ONLY = scoredOnly();

  private CaseDocument() {}

  private static FieldType scoredOnly() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    t.freeze();
    return t;
  }

  private static FieldType textWithOffsets() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }

  static Document of(CaseRecord r, List<ArticleText> articles) {
    Document d = new Document();
    d.add(new StringField(CaseFields.ID, r.id(), Field.Store.YES));
    d.add(new org.apache.lucene.document.SortedDocValuesField(CaseFields.ID_SORT, new org.apache.lucene.util.BytesRef(r.id())));
    // each text is analysed once (or not at all, its tokens kept from extraction) for both its word
    // field and its shingle field
    CapturedTokens title = new CapturedTokens();
    title.analyse(ANALYZER, CaseFields.TITLE, r.title(), 0);
    d.add(new StoredField(CaseFields.TITLE, r.title()));
    d.add(new Field(CaseFields.TITLE, title.stream(), TEXT_WITH_OFFSETS));
    // the summary is the first report's lead: indexed again, its words would count twice (and cost
    // a Kuromoji pass); it is indexed only for a case whose article texts are not at hand
    boolean summaryInText = ArticleText.cover(articles, r.summary());
    StringBuilder body = new StringBuilder(summaryInText ? "" : r.summary());
    for (CaseRecord.Article a : r.articles()) {
      body.append('\n').append(a.title());
    }
    CapturedTokens bodyTokens = new CapturedTokens();
    bodyTokens.analyse(ANALYZER, CaseFields.BODY, body.toString(), 0);
    for (ArticleText a : articles) {
      body.append('\n');
      int base = body.length();
      body.append(a.text());
      if (!AnalyzedText.appendTo(bodyTokens, a.tokens(), a.text(), base)) {
        bodyTokens.analyse(ANALYZER, CaseFields.BODY, a.text(), base);
      }
    }
    String bodyText = body.toString();
    d.add(new StoredField(CaseFields.BODY, bodyText));
    d.add(new Field(CaseFields.BODY, bodyTokens.stream(), TEXT_WITH_OFFSETS));
    StringBuilder orgs = new StringBuilder();
    CapturedTokens orgTokens = new CapturedTokens();
    for (CaseRecord.Org o : r.organizations()) {
      addName(orgs, orgTokens, o.name());
      o.aliases().forEach(a -> addName(orgs, orgTokens, a));
      facet(d, CaseFields.ORG, o.name());
    }
    d.add(new Field(CaseFields.ORG_TEXT, orgTokens.stream(), TextField.TYPE_NOT_STORED));
    addCombined(d, title, orgTokens, bodyTokens);
    d.add(new TextField(CaseFields.ORG_READING, readings(r), Field.Store.NO));
    d.add(bigrams(r.title() + "\n" + orgs + bodyText));
    d.add(jiken.indexer.cases.CaseNouns.field(CaseFields.NOUNS, r, articles, summaryInText)); // related cases (MoreLikeThis)
    r.incidentTypes().forEach(t -> facet(d, CaseFields.TYPE, t));
    r.dataTypes().forEach(t -> facet(d, CaseFields.DATA_TYPE, t));
    r.tags().forEach(t -> facet(d, CaseFields.TAG, t));
    if (r.firstDate() != null && r.firstDate().length() >= 4) {
      facet(d, CaseFields.YEAR, r.firstDate().substring(0, 4));
    }
    Long count = r.affectedCount() == null ? null : r.affectedCount().value();
    facet(d, CaseFields.COUNT_BUCKET, CaseFields.countBucket(count));
    long first = epochDay(r.firstDate());
    long last = epochDay(r.lastDate());
    d.add(new LongPoint(CaseFields.FIRST_DAY, first));
    d.add(new NumericDocValuesField(CaseFields.FIRST_DAY, first));
    d.add(new LongPoint(CaseFields.LAST_DAY, last));
    d.add(new NumericDocValuesField(CaseFields.LAST_DAY, last));
    long affected = count == null ? -1 : count;
    d.add(new LongPoint(CaseFields.AFFECTED, affected));
    d.add(new NumericDocValuesField(CaseFields.AFFECTED, affected));
    d.add(new StoredField(CaseFields.HIT, hitJson(r)));
    return d;
  }

  /**
   * Appends {@code name} (a line of the organisation text) and its tokens; a position gap after each
   * name keeps its last token and the next name's first from pairing in {@link CaseFields#ALL_SHINGLE}.
   */
  private static void addName(StringBuilder orgs, CapturedTokens tokens, String name) {
    int base = orgs.length();
    orgs.append(name).append('\n');
    tokens.analyse(ANALYZER, CaseFields.ORG_TEXT, name, base);
    tokens.endSegment(1, orgs.length());
  }

  /**
   * {@link CaseFields#ALL} and {@link CaseFields#ALL_SHINGLE} from the tokens already captured: the
   * title twice (it weighed three times the body when each field was scored on its own; twice in one
   * field ranks as well, nDCG@10 in SearchRelevanceTest), the organisation names and the body. Each
   * part is a value of its own, so no shingle spans two parts.
   */
  private static void addCombined(Document d, CapturedTokens title, CapturedTokens orgs, CapturedTokens body) {
    for (CapturedTokens part : new CapturedTokens[] {title, title, orgs, body}) {
      d.add(new Field(CaseFields.ALL, part.stream(), SCORED_ONLY));
      // the shingles CaseFields.shingles makes (CapturedShinglesTest), straight from the captured tokens
      d.add(new Field(CaseFields.ALL_SHINGLE,
          part.shingleStream(CaseFields.SHINGLE_SEPARATOR, CaseFields.SHINGLE_FILLER), SCORED_ONLY));
    }
  }

  /**
   * The bigram field of {@code text}: its tokens read straight off the text when {@link
   * BigramAnalyzer#indexTokens} covers its characters (the same tokens, without the tokenizer,
   * bigram and lower-case filters, 9 % of the index thread's samples), else the text for the
   * writer's analyzer.
   */
  private static Field bigrams(String text) {
    org.apache.lucene.analysis.TokenStream tokens = BigramAnalyzer.indexTokens(text);
    return tokens != null ? new Field(CaseFields.BIGRAM, tokens, TextField.TYPE_NOT_STORED)
        : new TextField(CaseFields.BIGRAM, text, Field.Store.NO);
  }

  /** Reading keys of every name and alias, separated by a character no kana query contains. */
  private static String readings(CaseRecord r) {
    StringBuilder b = new StringBuilder();
    for (CaseRecord.Org o : r.organizations()) {
      readingsOf(o.name()).forEach(k -> b.append(k).append('|'));
      o.aliases().forEach(a -> readingsOf(a).forEach(k -> b.append(k).append('|')));
    }
    return b.toString();
  }

  private static final int MAX_READINGS = 20_000;
  /**
   * {@link Readings#ofName} by name: the same organisation is named in many cases (its case per
   * incident, its vendor's customers' cases), and each name costs two or three Kuromoji passes. A
   * name's keys depend on the name alone (and the dictionaries, fixed for the process). Cleared when
   * full rather than evicted: a run rarely meets that many names.
   */
  private static final java.util.concurrent.ConcurrentHashMap<String, List<String>> READINGS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static List<String> readingsOf(String name) {
    List<String> keys = READINGS.get(name);
    if (keys == null) {
      if (READINGS.size() >= MAX_READINGS) {
        READINGS.clear();
      }
      keys = List.copyOf(Readings.ofName(name));
      READINGS.put(name, keys);
    }
    return keys;
  }

  private static void facet(Document d, String dim, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    d.add(new StringField(dim, value, Field.Store.NO));
    d.add(new SortedSetDocValuesFacetField(dim, value));
  }

  /** The epoch day of an ISO partial date (its first day), or 0 when absent. */
  static long epochDay(String iso) {
    if (iso == null) {
      return 0;
    }
    try {
      return switch (iso.length()) {
        case 10 -> LocalDate.parse(iso).toEpochDay();
        case 7 -> LocalDate.parse(iso + "-01").toEpochDay();
        case 4 -> LocalDate.parse(iso + "-01-01").toEpochDay();
        default -> 0;
      };
    } catch (java.time.format.DateTimeParseException e) {
      return 0;
    }
  }

  private static String hitJson(CaseRecord r) {
    Map<String, Object> hit = new LinkedHashMap<>();
    hit.put("id", r.id());
    hit.put("title", r.title());
    hit.put("summary", r.summary());
    hit.put("organizations", r.organizations().stream().map(o -> Map.of("name", o.name(), "role", o.role())).toList());
    hit.put("incident_types", r.incidentTypes());
    hit.put("first_date", r.firstDate());
    hit.put("last_date", r.lastDate());
    hit.put("affected_count", r.affectedCount() == null ? null
        : Map.of("value", r.affectedCount().value(), "text", r.affectedCount().text(), "as_of", r.affectedCount().asOf()));
    hit.put("tags", r.tags());
    try {
      return Json.MAPPER.writeValueAsString(hit);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
