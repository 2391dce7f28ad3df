package jiken.indexer.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.indexer.Json;
import jiken.indexer.extract.ArticleExtractor;
import jiken.indexer.index.CaseIndex;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A busy public body ({@code cases/chain/}: a fictional city's twelve reports over two years) through
 * the real extractor and {@link CaseIndexer}: eight unrelated 誤送付 incidents 6 weeks to 3 months
 * apart, a USB-memory loss two weeks after one of them, a second outlet's report of one incident,
 * a 調査結果 six months later that restates the count (当初公表した138件) with only new dates, and a
 * 続報 three weeks later that restates nothing but says «…した問題で». Grouping by closeness of story
 * dates alone chained the misdeliveries into a few cases spanning many months; each must stay its
 * own case, and each follow-up must join its incident.
 */
class ChainCorpusTest {
  @TempDir static Path dir;

  private static final Map<String, Long> DOC_OF = new LinkedHashMap<>();
  private static final Map<Long, String> CASE_OF_DOC = new LinkedHashMap<>();
  private static JsonNode truth;

  @BeforeAll
  static void runPipeline() throws IOException {
    truth = Json.MAPPER.readTree(resource("truth.json"));
    try (Database db = Database.open(dir); CaseIndex index = new CaseIndex(dir)) {
      DocumentStore store = new DocumentStore(db);
      for (JsonNode a : CorpusArticles.read("chain")) {
        var up = store.upsert(CorpusArticles.document(a, Instant.parse("2026-02-01T00:00:00Z"), "chain-"));
        DOC_OF.put(a.get("id").asText(), up.id());
        if (Boolean.getBoolean("chain.verbose")) {
          var ex = new ArticleExtractor().extract(new jiken.indexer.extract.ArticleInput(a.get("id").asText(),
              a.get("url").asText(), a.get("title").asText(), a.get("text").asText(),
              LocalDate.parse(a.get("published").asText())));
          var keys = ArticleKeys.of(new CaseMember(store.get(up.id()).orElseThrow(), ex));
          System.out.println("  extracted " + a.get("id").asText() + ": incident=" + ex.looksLikeIncident() + " "
              + ex.organizations().stream().map(o -> o.name() + "/" + o.role()).toList() + " " + ex.incidentTypeValues()
              + " days=" + java.util.Arrays.stream(keys.days()).mapToObj(LocalDate::ofEpochDay).toList()
              + " counts=" + java.util.Arrays.toString(keys.counts()) + " followUp=" + keys.followUp());
        }
      }
      new CaseIndexer(db, new ArticleExtractor()).run(index);
      for (CaseRecord c : new CaseStore(db).all()) {
        c.articles().forEach(a -> CASE_OF_DOC.put(a.id(), c.id()));
      }
    }
  }

  private static InputStream resource(String name) {
    return ChainCorpusTest.class.getResourceAsStream("/cases/chain/" + name);
  }

  private static String predicted(String articleId) {
    return CASE_OF_DOC.getOrDefault(DOC_OF.get(articleId), "none:" + articleId);
  }

  @Test
  void each_incident_of_the_city_is_its_own_case_and_follow_ups_join_theirs() {
    Map<String, Set<String>> predictedGroups = new LinkedHashMap<>();
    Map<String, Set<String>> trueGroups = new LinkedHashMap<>();
    truth.get("cases").fields().forEachRemaining(e -> {
      Set<String> ids = new LinkedHashSet<>();
      e.getValue().forEach(a -> ids.add(a.asText()));
      trueGroups.put(e.getKey(), ids);
      ids.forEach(a -> {
        predictedGroups.computeIfAbsent(predicted(a), k -> new LinkedHashSet<>()).add(a);
        System.out.println("  " + a + " " + e.getKey() + " → " + predicted(a));
      });
    });
    System.out.printf(java.util.Locale.ROOT, "chain corpus: %d articles, %d true cases, %d predicted cases%n",
        DOC_OF.size(), trueGroups.size(), predictedGroups.size());
    assertThat(predictedGroups.values()).containsExactlyInAnyOrderElementsOf(trueGroups.values());
  }
}
