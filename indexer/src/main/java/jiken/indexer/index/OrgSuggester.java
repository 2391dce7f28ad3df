package jiken.indexer.index;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;

/**
 * Autocomplete for organisation names, typed in kanji, kana or romaji: {@code 架空}, {@code かくう},
 * {@code kaku} and {@code ｶｸｳ} all suggest 架空商事. The candidates are the {@code org} facet values
 * of the current reader with their case counts; each name's reading keys ({@link Readings}) are
 * computed once and cached across readers, so rebuilding after an index run only analyses new names.
 * Rebuilt by an index warmer before a new reader is published (and lazily otherwise), so suggestions
 * follow {@code index}/{@code reindex} runs without a restart.
 *
 * <p>Ranking: name prefix, then reading prefix, then name or reading infix; within a class, more
 * cases first. A linear scan: about 1 ms per 100,000 names. Thread-safe.
 */
public final class OrgSuggester {
  /** One suggestion: a name as indexed and how many cases it has. */
  public record Suggestion(String name, long count) {}

  private record Entry(String name, String folded, List<String> readings, long count) {}

  private record Snapshot(IndexReader reader, List<Entry> entries) {}

  private final CaseSearcher searcher;
  private final Map<String, List<String>> readingCache = new ConcurrentHashMap<>();
  private volatile Snapshot snapshot;

  /** A suggester over the index of {@code searcher}; registers a warmer with that index. */
  public OrgSuggester(CaseSearcher searcher) {
    this.searcher = searcher;
    searcher.index().addWarmer(this::entries);
  }

  /** Up to {@code limit} organisations matching what was typed; empty for blank input. */
  public List<Suggestion> suggest(String typed, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive");
    }
    String q = fold(typed == null ? "" : typed);
    if (q.isEmpty()) {
      return List.of();
    }
    List<String> readingPrefixes = readingPrefixes(q);
    List<Entry> all = searcher.index().withSearcher(s -> entries(s.getIndexReader()), List::of);
    record Scored(Entry e, int rank) {}
    List<Scored> hits = new ArrayList<>();
    for (Entry e : all) {
      int rank = rank(e, q, readingPrefixes);
      if (rank > 0) {
        hits.add(new Scored(e, rank));
      }
    }
    hits.sort(Comparator.comparingInt((Scored s) -> -s.rank).thenComparingLong(s -> -s.e.count)
        .thenComparing(s -> s.e.name));
    return hits.stream().limit(limit).map(s -> new Suggestion(s.e.name, s.e.count)).toList();
  }

  private static int rank(Entry e, String q, List<String> readingPrefixes) {
    if (e.folded.startsWith(q)) {
      return 4;
    }
    boolean readingInfix = false;
    for (String p : readingPrefixes) {
      for (String r : e.readings) {
        if (r.startsWith(p)) {
          return 3;
        }
        readingInfix |= p.length() >= 2 && r.contains(p);
      }
    }
    if (e.folded.contains(q)) {
      return 2;
    }
    return readingInfix ? 1 : 0;
  }

  /** The reading keys a typed prefix may start: its kana, or its romaji read as kana. */
  static List<String> readingPrefixes(String q) {
    List<String> out = new ArrayList<>();
    if (Kana.isKana(q)) {
      out.add(Kana.readingKey(q));
    } else {
      Kana.Conversion c = Kana.fromRomaji(q);
      if (c != null && !c.katakana().isEmpty()) {
        String key = Kana.readingKey(c.katakana());
        out.add(key);
        // "kan" may be カン… or カナ… still being typed
        if (q.endsWith("n") && key.endsWith("ン") && key.length() > 1) {
          out.add(key.substring(0, key.length() - 1));
        }
      }
    }
    out.removeIf(String::isEmpty);
    return out;
  }

  private static String fold(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
  }

  private List<Entry> entries(IndexReader reader) throws IOException {
    Snapshot s = snapshot;
    if (s != null && s.reader == reader) {
      return s.entries;
    }
    synchronized (this) {
      s = snapshot;
      if (s != null && s.reader == reader) {
        return s.entries;
      }
      List<Entry> entries = build(reader);
      snapshot = new Snapshot(reader, entries);
      return entries;
    }
  }

  private List<Entry> build(IndexReader reader) throws IOException {
    DefaultSortedSetDocValuesReaderState state = searcher.facetState(reader);
    if (state == null) {
      return List.of();
    }
    FacetResult orgs;
    try {
      orgs = new SortedSetDocValuesFacetCounts(state).getAllChildren(CaseFields.ORG);
    } catch (IllegalArgumentException noOrgYet) {
      return List.of();
    }
    if (orgs == null) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>(orgs.labelValues.length);
    for (LabelAndValue lv : orgs.labelValues) {
      List<String> readings = readingCache.computeIfAbsent(lv.label, Readings::ofName);
      out.add(new Entry(lv.label, fold(lv.label), readings, lv.value.longValue()));
    }
    return List.copyOf(out);
  }
}
