package jiken.indexer.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The scores of a gold file: per-article results and their micro-averaged totals, as a table for
 * people and JSON for tools. Not thread-safe (build it on one thread).
 */
public final class EvalReport {
  private final List<ArticleScore> articles = new ArrayList<>();
  private int skipped;

  public void add(ArticleScore s) {
    articles.add(s);
  }

  /** Counts a gold line that could not be scored (no text, no gold, bad JSON). */
  public void skip() {
    skipped++;
  }

  public List<ArticleScore> articles() {
    return List.copyOf(articles);
  }

  public int skipped() {
    return skipped;
  }

  public Tally tally(String field) {
    Tally t = Tally.ZERO;
    for (ArticleScore a : articles) {
      t = t.plus(a.fields().get(field).tally());
    }
    return t;
  }

  public Accuracy roleAccuracy() {
    return articles.stream().map(ArticleScore::roles).reduce(Accuracy.ZERO, Accuracy::plus);
  }

  public Accuracy eventAccuracy() {
    return articles.stream().map(ArticleScore::events).reduce(Accuracy.ZERO, Accuracy::plus);
  }

  /** Right counts over articles whose gold has a count. */
  public Accuracy countAccuracy() {
    int gold = 0;
    int right = 0;
    for (ArticleScore a : articles) {
      if (a.count().hasGold()) {
        gold++;
        right += a.count().correct() ? 1 : 0;
      }
    }
    return new Accuracy(right, gold);
  }

  /** Counts predicted for articles whose gold has none, over those articles. */
  public Accuracy countFalsePositives() {
    int none = 0;
    int fp = 0;
    for (ArticleScore a : articles) {
      if (!a.count().hasGold()) {
        none++;
        fp += a.count().falsePositive() ? 1 : 0;
      }
    }
    return new Accuracy(fp, none);
  }

  /** The summary table (and, when {@code verbose}, each article's misses, extras and mistakes). */
  public String table(boolean verbose) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "articles scored: %d%s%n%n", articles.size(),
        skipped > 0 ? " (skipped " + skipped + " lines)" : ""));
    sb.append(String.format(Locale.ROOT, "%-16s %6s %6s %6s   %s%n", "field", "P", "R", "F1", "correct/pred  found/gold"));
    for (String f : Scorer.FIELDS) {
      Tally t = tally(f);
      sb.append(String.format(Locale.ROOT, "%-16s %6.3f %6.3f %6.3f   %d/%d  %d/%d%n", f, t.precision(), t.recall(), t.f1(),
          t.predCorrect(), t.predTotal(), t.goldFound(), t.goldTotal()));
    }
    sb.append('\n');
    line(sb, "role accuracy", roleAccuracy(), "matched organisations");
    line(sb, "event accuracy", eventAccuracy(), "matched date values");
    line(sb, "count accuracy", countAccuracy(), "articles with a gold count");
    line(sb, "count false pos.", countFalsePositives(), "articles without a gold count");
    if (verbose) {
      for (ArticleScore a : articles) {
        List<String> lines = new ArrayList<>();
        for (String f : Scorer.FIELDS) {
          ArticleScore.FieldScore fs = a.fields().get(f);
          if (!fs.misses().isEmpty()) {
            lines.add("  missed " + f + ": " + String.join(" | ", fs.misses()));
          }
          if (!fs.extras().isEmpty()) {
            lines.add("  extra  " + f + ": " + String.join(" | ", fs.extras()));
          }
        }
        a.notes().forEach(n -> lines.add("  wrong  " + n));
        if (!lines.isEmpty()) {
          sb.append('\n').append(a.id()).append('\n');
          lines.forEach(l -> sb.append(l).append('\n'));
        }
      }
    }
    return sb.toString();
  }

  private static void line(StringBuilder sb, String name, Accuracy a, String over) {
    sb.append(String.format(Locale.ROOT, "%-16s %6.3f   %d/%d %s%n", name, a.value(), a.correct(), a.total(), over));
  }

  /** The report as JSON: totals per field, accuracies, and per-article details. */
  public ObjectNode toJson() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("articles", articles.size());
    root.put("skipped", skipped);
    ObjectNode fields = root.putObject("fields");
    for (String name : Scorer.FIELDS) {
      tally(fields.putObject(name), tally(name));
    }
    accuracy(root.putObject("role_accuracy"), roleAccuracy());
    accuracy(root.putObject("event_accuracy"), eventAccuracy());
    accuracy(root.putObject("count_accuracy"), countAccuracy());
    accuracy(root.putObject("count_false_positives"), countFalsePositives());
    ArrayNode per = root.putArray("per_article");
    for (ArticleScore a : articles) {
      ObjectNode n = per.addObject().put("id", a.id());
      Map<String, ArticleScore.FieldScore> ordered = new LinkedHashMap<>();
      Scorer.FIELDS.forEach(k -> ordered.put(k, a.fields().get(k)));
      for (Map.Entry<String, ArticleScore.FieldScore> e : ordered.entrySet()) {
        ObjectNode fn = tally(n.putObject(e.getKey()), e.getValue().tally());
        e.getValue().misses().forEach(fn.putArray("misses")::add);
        e.getValue().extras().forEach(fn.putArray("extras")::add);
      }
      ObjectNode c = n.putObject("count");
      if (a.count().gold() == null) {
        c.putNull("gold");
      } else {
        c.put("gold", a.count().gold());
      }
      if (a.count().predicted() == null) {
        c.putNull("predicted");
      } else {
        c.put("predicted", a.count().predicted());
      }
      a.notes().forEach(n.putArray("notes")::add);
    }
    return root;
  }

  private static ObjectNode tally(ObjectNode n, Tally t) {
    return n.put("precision", round(t.precision())).put("recall", round(t.recall())).put("f1", round(t.f1()))
        .put("pred_correct", t.predCorrect()).put("pred_total", t.predTotal())
        .put("gold_found", t.goldFound()).put("gold_total", t.goldTotal());
  }

  private static void accuracy(ObjectNode n, Accuracy a) {
    n.put("value", round(a.value())).put("correct", a.correct()).put("total", a.total());
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
