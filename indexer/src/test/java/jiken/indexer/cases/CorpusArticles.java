package jiken.indexer.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jiken.crawler.store.CrawledDocument;
import jiken.indexer.Json;

/**
 * The articles of a test corpus ({@code /cases/NAME/articles.jsonl}: id, url, source, published,
 * title, text per line) and the crawled documents they are stored as.
 */
public final class CorpusArticles {
  private CorpusArticles() {}

  /** The lines of corpus {@code name}, in order, blank lines skipped. */
  public static List<JsonNode> read(String name) throws IOException {
    try (InputStream in = CorpusArticles.class.getResourceAsStream("/cases/" + name + "/articles.jsonl")) {
      if (in == null) {
        throw new IllegalArgumentException("no test corpus " + name);
      }
      List<JsonNode> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank()) {
          out.add(Json.MAPPER.readTree(line));
        }
      }
      return out;
    }
  }

  /** Article {@code a} as a document fetched at {@code fetchedAt}, its content hash {@code hashPrefix} + its id. */
  static CrawledDocument document(JsonNode a, Instant fetchedAt, String hashPrefix) {
    String url = a.get("url").asText();
    return new CrawledDocument(0, url, url, a.get("source").asText(), fetchedAt, 200, "UTF-8", a.get("title").asText(),
        LocalDate.parse(a.get("published").asText()), a.get("text").asText(), hashPrefix + a.get("id").asText(), 0,
        null, List.of());
  }
}
