package jiken.indexer.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jiken.indexer.cases.CaseRecord;

/**
 * The fictional cases of {@code index/corpus.tsv} as case records, indexed straight into a
 * {@link CaseIndex} (no SQLite, no extraction), so search tests depend only on the index package.
 */
final class IndexFixture {
  private IndexFixture() {}

  static List<CaseRecord> corpus() {
    List<CaseRecord> out = new ArrayList<>();
    for (String line : lines("/index/corpus.tsv")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      Long count = f[4].isEmpty() ? null : Long.parseLong(f[4]);
      out.add(record(f[0], f[1], list(f[2]), list(f[3]), count, list(f[5]), list(f[6]), f[7], f[8]));
    }
    return out;
  }

  static CaseRecord record(String id, String date, List<String> orgs, List<String> types, Long count,
      List<String> dataTypes, List<String> tags, String title, String body) {
    List<CaseRecord.Org> o = orgs.stream().map(n -> new CaseRecord.Org(n, "victim", List.of(), "", 0)).toList();
    CaseRecord.AffectedCount c = count == null ? null
        : new CaseRecord.AffectedCount(count, count + "件", date, "http://news.test/" + id, 0, "");
    return new CaseRecord(id, title, body, "ongoing", o, types, c, List.of(), dataTypes, List.of(), tags, List.of(),
        List.of(), date, date);
  }

  /** Indexes the whole corpus into {@code index}. */
  static void build(CaseIndex index) {
    List<CaseRecord> all = corpus();
    index.write(batch -> {
      for (CaseRecord r : all) {
        batch.update(r, List.of());
      }
    });
  }

  static List<String> lines(String resource) {
    try (InputStream in = IndexFixture.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing");
      }
      return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> list(String field) {
    return field.isEmpty() ? List.of() : List.of(field.split(";"));
  }

  /**
   * Every token of {@code ts} as "term@start-end+posInc", then its pending gap and final offset: what
   * the index would receive, for comparing two ways of making one field's tokens.
   */
  static List<String> captured(org.apache.lucene.analysis.TokenStream ts) throws java.io.IOException {
    CapturedTokens c = new CapturedTokens();
    c.capture(ts, 0);
    List<String> out = new java.util.ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      out.add(c.term(i) + "@" + c.start(i) + "-" + c.end(i) + "+" + c.posInc(i));
    }
    out.add("gap " + c.pendingGap() + " end " + c.finalOffset());
    return out;
  }
}
