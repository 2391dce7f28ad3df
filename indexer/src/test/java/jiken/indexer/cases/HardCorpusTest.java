package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jiken.crawler.store.CrawledDocument;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.indexer.Json;
import jiken.indexer.extract.ArticleExtractor;
import jiken.indexer.index.CaseIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The harder case corpus ({@code cases/hard/}: 19 short fictional articles and their true cases)
 * through the real extractor and {@link CaseIndexer}: one press release rewritten by three sites
 * plus the company's own notice, a follow-up with an updated count, the same company hit again
 * months later, a vendor named four ways by its victims (X社, 株式会社X, its product, its English
 * name), a report naming only the service, and a column about A社/B社. Prints pairwise and
 * B-cubed F1 and vendor-link recall, and fails below floors that the current rules reach.
 */
class HardCorpusTest {
  @TempDir static Path dir;

  private static final Map<String, CrawledDocument> BY_ID = new LinkedHashMap<>();
  private static final Map<String, String> TRUE_CASE = new LinkedHashMap<>();
  private static final Map<Long, String> CASE_OF_DOC = new LinkedHashMap<>();
  private static JsonNode truth;
  private static List<CaseRecord> records;
  private static List<CaseLink> links;

  @BeforeAll
  static void runPipeline() throws IOException {
    truth = Json.MAPPER.readTree(resource("truth.json"));
    truth.get("cases").fields().forEachRemaining(e -> e.getValue().forEach(a -> TRUE_CASE.put(a.asText(), e.getKey())));
    try (Database db = Database.open(dir); CaseIndex index = new CaseIndex(dir)) {
      DocumentStore store = new DocumentStore(db);
      for (JsonNode a : CorpusArticles.read("hard")) {
        var up = store.upsert(CorpusArticles.document(a, Instant.parse("2026-01-05T00:00:00Z"), "h-"));
        BY_ID.put(a.get("id").asText(), store.get(up.id()).orElseThrow());
        if (Boolean.getBoolean("hard.verbose")) {
          var ex = new ArticleExtractor().extract(new jiken.indexer.extract.ArticleInput(a.get("id").asText(),
              a.get("url").asText(), a.get("title").asText(), a.get("text").asText(),
              LocalDate.parse(a.get("published").asText())));
          System.out.println("  extracted " + a.get("id").asText() + ": " + ex.organizations().stream()
              .map(o -> o.name() + "/" + o.role() + o.aliases()).toList() + " " + ex.incidentTypeValues() + " "
              + ex.systemValues());
        }
      }
      new CaseIndexer(db, new ArticleExtractor()).run(index);
      CaseStore cases = new CaseStore(db);
      records = cases.all();
      for (CaseRecord c : records) {
        c.articles().forEach(a -> CASE_OF_DOC.put(a.id(), c.id()));
      }
      CaseLinkStore linkStore = new CaseLinkStore(db);
      Set<CaseLink> all = new java.util.LinkedHashSet<>();
      records.forEach(c -> all.addAll(linkStore.linksOf(c.id())));
      links = List.copyOf(all);
    }
  }

  private static InputStream resource(String name) {
    return HardCorpusTest.class.getResourceAsStream("/cases/hard/" + name);
  }

  private static String predicted(String articleId) {
    CrawledDocument d = BY_ID.get(articleId);
    return CASE_OF_DOC.getOrDefault(d.id(), "none:" + articleId);
  }

  @Test
  void grouping_matches_the_true_cases() {
    List<String> ids = new ArrayList<>(TRUE_CASE.keySet());
    long tp = 0;
    long fp = 0;
    long fn = 0;
    double bP = 0;
    double bR = 0;
    for (String i : ids) {
      int both = 0;
      int samePred = 0;
      int sameTruth = 0;
      for (String j : ids) {
        boolean t = TRUE_CASE.get(i).equals(TRUE_CASE.get(j));
        boolean p = predicted(i).equals(predicted(j));
        both += t && p ? 1 : 0;
        samePred += p ? 1 : 0;
        sameTruth += t ? 1 : 0;
        if (i.compareTo(j) < 0) {
          tp += t && p ? 1 : 0;
          fp += !t && p ? 1 : 0;
          fn += t && !p ? 1 : 0;
        }
      }
      bP += (double) both / samePred;
      bR += (double) both / sameTruth;
    }
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double pairF1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    bP /= ids.size();
    bR /= ids.size();
    double bF1 = 2 * bP * bR / (bP + bR);
    Set<String> predictedCases = new HashSet<>();
    ids.forEach(i -> predictedCases.add(predicted(i)));
    System.out.printf(Locale.ROOT, "hard grouping: %d incident articles, %d true cases, %d predicted cases;"
        + " pairwise P %.3f R %.3f F1 %.3f; B-cubed P %.3f R %.3f F1 %.3f%n", ids.size(),
        new HashSet<>(TRUE_CASE.values()).size(), predictedCases.size(), p, r, pairF1, bP, bR, bF1);
    for (String i : ids) {
      System.out.println("  " + i + " " + TRUE_CASE.get(i) + " → " + predicted(i));
    }
    assertThat(pairF1).isGreaterThanOrEqualTo(0.9);
    assertThat(bF1).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void vendor_links_reach_every_victim() {
    int found = 0;
    int expected = 0;
    for (JsonNode l : truth.get("vendor_links")) {
      expected++;
      String vendor = predictedOf(l.get("vendor").asText());
      String victim = predictedOf(l.get("victim").asText());
      var link = links.stream().filter(x -> x.kind().equals(CaseLink.VENDOR_OF) && x.fromCase().equals(vendor)
          && x.toCase().equals(victim)).findFirst();
      if (link.isPresent()) {
        found++;
        assertThat(link.get().reason()).isNotBlank();
      } else {
        System.out.println("  missing vendor link: " + vendor + " → " + victim + " (" + l.get("named_as").asText() + ")");
      }
    }
    long wrong = links.stream().filter(x -> x.kind().equals(CaseLink.VENDOR_OF)).filter(x -> {
      for (JsonNode l : truth.get("vendor_links")) {
        if (x.fromCase().equals(predictedOf(l.get("vendor").asText())) && x.toCase().equals(predictedOf(l.get("victim").asText()))) {
          return false;
        }
      }
      return true;
    }).count();
    System.out.printf(Locale.ROOT, "hard vendor→victim links: %d/%d found, %d wrong%n", found, expected, wrong);
    assertThat(found).isEqualTo(expected);
    assertThat(wrong).isZero();
  }

  @Test
  void a_column_about_a_sha_and_b_sha_makes_no_case() {
    for (JsonNode n : truth.get("non_incident")) {
      assertThat(predicted(n.asText())).startsWith("none:");
    }
  }

  @Test
  void the_latest_report_gives_the_count_and_the_status() {
    truth.get("latest_counts").fields().forEachRemaining(e -> {
      CaseRecord c = record(e.getKey());
      System.out.println("  " + c.id() + " title: " + c.title() + "; count " + c.countHistory().stream()
          .map(x -> x.value() + "@" + x.asOf()).toList() + "; status " + c.status());
      assertThat(c.affectedCount().value()).isEqualTo(e.getValue().asLong());
    });
    truth.get("resolved").forEach(k -> assertThat(record(k.asText()).status()).isEqualTo("resolved"));
    assertThat(record("kitakaze").status()).isEqualTo("ongoing");
  }

  @Test
  void a_notice_headline_does_not_become_the_case_title() {
    CaseRecord c = record("kurumi-card");
    assertThat(c.title()).doesNotStartWith("弊社").doesNotContain("お詫び").contains("くるみ書房");
  }

  private static CaseRecord record(String trueKey) {
    String id = predictedOf(trueKey);
    return records.stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no case " + id));
  }

  /** The predicted case most articles of a true case went to. */
  private static String predictedOf(String trueKey) {
    Map<String, Integer> votes = new LinkedHashMap<>();
    truth.get("cases").get(trueKey).forEach(a -> votes.merge(predicted(a.asText()), 1, Integer::sum));
    return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }
}
