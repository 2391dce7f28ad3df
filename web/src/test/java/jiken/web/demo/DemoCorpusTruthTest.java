package jiken.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jiken.crawler.Crawler;
import jiken.crawler.CrawlerConfig;
import jiken.crawler.store.CrawledDocument;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.indexer.Json;
import jiken.indexer.cases.CaseIndexer;
import jiken.indexer.cases.CaseLink;
import jiken.indexer.cases.CaseLinkStore;
import jiken.indexer.cases.CaseRecord;
import jiken.indexer.cases.CaseStore;
import jiken.indexer.extract.ArticleExtractor;
import jiken.indexer.index.CaseIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on the demo corpus, measured against its true cases
 * ({@code data/demo-sites/truth/}): the real crawler over the demo sites on loopback, then
 * extraction, grouping and linking. Prints the figures QUALITY.md records; asserts floors that a
 * regression would break.
 */
class DemoCorpusTruthTest {
  static final Path CORPUS = Path.of("..", "data", "demo-sites");
  @TempDir static Path dir;

  static final Map<String, CrawledDocument> byArticle = new HashMap<>(); // "site|path" → document
  static final Map<Long, String> caseOfDoc = new HashMap<>();
  static List<JsonNode> truthArticles;
  static JsonNode truthCases;
  static List<CaseLink> links = new ArrayList<>();

  @BeforeAll
  static void runPipeline() throws IOException {
    truthArticles = new ArrayList<>();
    for (String line : Files.readAllLines(CORPUS.resolve("truth/articles.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        truthArticles.add(Json.MAPPER.readTree(line));
      }
    }
    truthCases = Json.MAPPER.readTree(CORPUS.resolve("truth/cases.json").toFile());
    try (DemoSites sites = DemoSites.start(DemoCorpus.open(CORPUS), 0);
        Database db = Database.open(dir); CaseIndex index = new CaseIndex(dir)) {
      try (Crawler crawler = new Crawler(CrawlerConfig.defaults(), db)) {
        crawler.crawlOnce(sites.sources());
      }
      new CaseIndexer(db, new ArticleExtractor()).run(index);
      Map<String, String> siteOfBase = new HashMap<>();
      sites.baseUrls().forEach((site, base) -> siteOfBase.put(base, site));
      DocumentStore docs = new DocumentStore(db);
      for (DocumentStore.Change ch : docs.changedAfter(0, 10_000)) {
        CrawledDocument d = ch.document();
        URI u = URI.create(d.canonicalUrl());
        String site = siteOfBase.get(u.getScheme() + "://" + u.getAuthority());
        byArticle.put(site + "|" + u.getPath(), d);
      }
      CaseStore cases = new CaseStore(db);
      CaseLinkStore linkStore = new CaseLinkStore(db);
      for (CaseRecord c : cases.all()) {
        c.articles().forEach(a -> caseOfDoc.put(a.id(), c.id()));
        links.addAll(linkStore.linksOf(c.id()));
      }
    }
  }

  private static CrawledDocument doc(JsonNode ref) {
    return byArticle.get(ref.get(0).asText() + "|" + ref.get(1).asText());
  }

  @Test
  void every_article_is_crawled_once_with_its_title_and_date() {
    int titles = 0;
    int dates = 0;
    List<String> wrongTitles = new ArrayList<>();
    for (JsonNode a : truthArticles) {
      CrawledDocument d = byArticle.get(a.get("site").asText() + "|" + a.get("path").asText());
      assertThat(d).as("crawled " + a.get("site").asText() + a.get("path").asText()).isNotNull();
      if (d.title().equals(a.get("title").asText())) {
        titles++;
      } else {
        wrongTitles.add(a.get("title").asText() + " ≠ " + d.title());
      }
      if (d.published() != null && d.published().toString().equals(a.get("published").asText())) {
        dates++;
      }
    }
    int n = truthArticles.size();
    System.out.printf(java.util.Locale.ROOT, "demo crawl: %d/%d articles, titles %d/%d, published dates %d/%d%n",
        byArticle.size(), n, titles, n, dates, n);
    wrongTitles.forEach(t -> System.out.println("  title: " + t));
    assertThat(byArticle).hasSize(n);
    assertThat(titles).isEqualTo(n);
    assertThat(dates).isGreaterThanOrEqualTo(n * 9 / 10);
  }

  @Test
  void grouping_matches_the_true_cases() {
    // Pairwise and B-cubed over incident articles: truth cluster = case key, predicted = case id.
    List<String> truth = new ArrayList<>();
    List<String> pred = new ArrayList<>();
    for (JsonNode a : truthArticles) {
      if (!a.get("is_incident").asBoolean()) {
        continue;
      }
      CrawledDocument d = byArticle.get(a.get("site").asText() + "|" + a.get("path").asText());
      truth.add(a.get("case").asText());
      pred.add(d == null ? "missing:" + a.get("path").asText() : caseOfDoc.getOrDefault(d.id(), "none:" + d.id()));
    }
    long tp = 0;
    long fp = 0;
    long fn = 0;
    double bP = 0;
    double bR = 0;
    for (int i = 0; i < truth.size(); i++) {
      int sameBoth = 0;
      int samePred = 0;
      int sameTruth = 0;
      for (int j = 0; j < truth.size(); j++) {
        boolean t = truth.get(i).equals(truth.get(j));
        boolean p = pred.get(i).equals(pred.get(j));
        sameBoth += t && p ? 1 : 0;
        samePred += p ? 1 : 0;
        sameTruth += t ? 1 : 0;
        if (j > i) {
          tp += t && p ? 1 : 0;
          fp += !t && p ? 1 : 0;
          fn += t && !p ? 1 : 0;
        }
      }
      bP += (double) sameBoth / samePred;
      bR += (double) sameBoth / sameTruth;
    }
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    double pairF1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    bP /= truth.size();
    bR /= truth.size();
    double bF1 = 2 * bP * bR / (bP + bR);
    System.out.printf(java.util.Locale.ROOT,
        "demo grouping: %d incident articles, %d true cases, %d predicted cases; pairwise P %.3f R %.3f F1 %.3f;"
            + " B-cubed P %.3f R %.3f F1 %.3f%n",
        truth.size(), new HashSet<>(truth).size(), new HashSet<>(pred).size(), p, r, pairF1, bP, bR, bF1);
    Map<String, Set<String>> split = new java.util.TreeMap<>();
    for (int i = 0; i < truth.size(); i++) {
      split.computeIfAbsent(truth.get(i), k -> new java.util.TreeSet<>()).add(pred.get(i));
    }
    split.forEach((key, ids) -> {
      if (ids.size() > 1) {
        System.out.println("  split: " + key + " → " + ids);
      }
    });
    assertThat(bF1).isGreaterThan(0.9);
    assertThat(pairF1).isGreaterThan(0.85);
  }

  @Test
  void extraction_on_the_demo_articles_as_crawled() throws IOException {
    // The crawled text with the corpus's per-article gold, scored like dev.jsonl (PATTERNS.md rules).
    StringBuilder gold = new StringBuilder();
    for (JsonNode a : truthArticles) {
      CrawledDocument d = byArticle.get(a.get("site").asText() + "|" + a.get("path").asText());
      var line = Json.MAPPER.createObjectNode();
      line.put("id", a.get("site").asText() + a.get("path").asText());
      line.put("url", d.url());
      line.put("title", d.title());
      line.put("text", d.text());
      line.put("published", d.published() == null ? null : d.published().toString());
      line.set("gold", a.get("gold"));
      gold.append(Json.MAPPER.writeValueAsString(line)).append('\n');
    }
    ArticleExtractor extractor = new ArticleExtractor();
    jiken.indexer.eval.EvalReport report = new jiken.indexer.eval.Evaluator().evaluate(
        new java.io.BufferedReader(new java.io.StringReader(gold.toString())),
        in -> jiken.indexer.eval.Labels.of(extractor.extract(in)));
    System.out.println("demo extraction (" + report.articles().size() + " articles):\n" + report.table(false));
    assertThat(report.tally("organizations").f1()).isGreaterThan(0.6);
    assertThat(report.tally("incident_types").f1()).isGreaterThan(0.6);
    assertThat(report.tally("dates").f1()).isGreaterThan(0.6);
  }

  @Test
  void pages_that_are_not_about_an_incident_make_no_case() {
    List<String> wrong = new ArrayList<>();
    int n = 0;
    for (JsonNode a : truthArticles) {
      if (a.get("is_incident").asBoolean()) {
        continue;
      }
      n++;
      CrawledDocument d = byArticle.get(a.get("site").asText() + "|" + a.get("path").asText());
      if (d != null && caseOfDoc.containsKey(d.id())) {
        wrong.add(a.get("title").asText() + " → " + caseOfDoc.get(d.id()));
      }
    }
    System.out.printf(java.util.Locale.ROOT, "demo non-incident pages in a case: %d/%d%n", wrong.size(), n);
    wrong.forEach(w -> System.out.println("  not an incident: " + w));
    assertThat(wrong).isEmpty();
  }

  @Test
  void vendor_victim_links_are_found() {
    int expected = 0;
    int found = 0;
    for (JsonNode c : truthCases.get("cases")) {
      if (!c.hasNonNull("victim_of")) {
        continue;
      }
      expected++;
      Set<String> victimCases = casesOf(c.get("key").asText());
      Set<String> vendorCases = casesOf(c.get("victim_of").asText());
      boolean ok = links.stream().anyMatch(l -> l.kind().equals(CaseLink.VENDOR_OF)
          && vendorCases.contains(l.fromCase()) && victimCases.contains(l.toCase()));
      found += ok ? 1 : 0;
      if (!ok) {
        System.out.println("  missing vendor link: " + c.get("victim_of").asText() + " → " + c.get("key").asText()
            + " (predicted " + vendorCases + " → " + victimCases + ")");
      }
    }
    System.out.printf(java.util.Locale.ROOT, "demo vendor→victim links: %d/%d found%n", found, expected);
    assertThat(expected).isGreaterThanOrEqualTo(3);
    assertThat(found).isEqualTo(expected);
  }

  private static Set<String> casesOf(String key) {
    Set<String> out = new HashSet<>();
    for (JsonNode c : truthCases.get("cases")) {
      if (c.get("key").asText().equals(key)) {
        for (JsonNode ref : c.get("articles")) {
          CrawledDocument d = doc(ref);
          if (d != null && caseOfDoc.containsKey(d.id())) {
            out.add(caseOfDoc.get(d.id()));
          }
        }
      }
    }
    return out;
  }
}
