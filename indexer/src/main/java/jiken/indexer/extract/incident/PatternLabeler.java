package jiken.indexer.extract.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jiken.indexer.analysis.FastPattern;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.LabelFact;

/**
 * Assigns labels from a closed list by regular expressions, keeping the earliest accepted
 * evidence per label, in label order. A match counts only outside illustrations and sidebars
 * ({@link TextContext#excluded}), when its clause does not deny it ({@link TextContext#denied})
 * and when the caller's {@link Filter} accepts it. Immutable and thread-safe once built.
 */
final class PatternLabeler {
  private final Map<String, List<FastPattern>> rules = new LinkedHashMap<>();

  /** Decides whether one match is evidence for its label. */
  @FunctionalInterface
  interface Filter {
    boolean accept(String label, int start, int end, String sentence);
  }

  PatternLabeler rule(String label, String... regexes) {
    List<FastPattern> ps = rules.computeIfAbsent(label, k -> new ArrayList<>());
    for (String r : regexes) {
      ps.add(FastPattern.compile(r));
    }
    return this;
  }

  /** Labels with at least one accepted match, each with its earliest accepted evidence. */
  List<LabelFact> label(AnalyzedArticle article, TextContext ctx, Filter filter) {
    String text = ctx.text();
    List<LabelFact> out = new ArrayList<>();
    for (Map.Entry<String, List<FastPattern>> rule : rules.entrySet()) {
      LabelFact first = null;
      for (FastPattern p : rule.getValue()) {
        FastPattern.Finder m = p.finder(ctx.indexed());
        while (m.find()) {
          if (first != null && m.start() >= first.provenance().start()) {
            break;
          }
          if (m.end() == m.start() || ctx.excluded(m.start()) || ctx.denied(m.end())) {
            continue;
          }
          String sentence = ctx.sentence(m.start(), m.end());
          if (filter.accept(rule.getKey(), m.start(), m.end(), sentence)) {
            first = new LabelFact(rule.getKey(), ctx.literal(m.start(), m.end()), article.provenance(m.start(), m.end()));
            break;
          }
        }
      }
      if (first != null) {
        out.add(first);
      }
    }
    return out;
  }
}
