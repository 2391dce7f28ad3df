package jiken.indexer.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jiken.indexer.cases.CorpusArticles;

/**
 * The articles tests run whole-pipeline properties over: every golden fixture (title on the first
 * line), the hard and chain grouping corpora, a dozen general-news items in our own words, and —
 * when ../shared is there — 300 ten-sentence articles of Wikipedia sentences (CC BY-SA, read at
 * test time only) and the dev set.
 */
public final class TestArticles {
  private static final Path FIXTURES = Path.of("src", "test", "resources", "extract");
  private static final Path DEV = Path.of("..", "..", "shared", "eval", "dev.jsonl");
  /** CC BY-SA sentences, read from ../shared at test time only (never copied into the project). */
  private static final Path WIKIPEDIA = Path.of("..", "..", "shared", "testdata", "ner_wikipedia_ja.jsonl");

  private TestArticles() {}

  /** Every article the tests have: the golden fixtures, the grouping corpora, general news and, when present, ../shared's texts. */
  public static List<ArticleInput> all() throws IOException {
    List<ArticleInput> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(FIXTURES)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String raw = Files.readString(p, StandardCharsets.UTF_8);
        int nl = raw.indexOf('\n');
        if (nl > 0) {
          out.add(new ArticleInput(p.getFileName().toString(), null, raw.substring(0, nl), raw.substring(nl + 1), null));
        }
      }
    }
    for (String corpus : List.of("hard", "chain")) {
      for (JsonNode a : CorpusArticles.read(corpus)) {
        out.add(new ArticleInput(corpus + "/" + a.get("id").asText(), a.get("url").asText(), a.get("title").asText(),
            a.get("text").asText(), LocalDate.parse(a.get("published").asText())));
      }
    }
    for (int i = 0; i < ExtractForIndexTest.GENERAL.length; i++) {
      out.add(ArticleInput.of(ExtractForIndexTest.GENERAL[i].substring(0, 14), ExtractForIndexTest.GENERAL[i], LocalDate.of(2026, 4, 1 + i)));
    }
    if (Files.exists(WIKIPEDIA)) { // ten sentences to an article, as in general text
      List<String> lines = Files.readAllLines(WIKIPEDIA, StandardCharsets.UTF_8);
      for (int i = 0; i + 10 <= Math.min(lines.size(), 3000); i += 10) {
        StringBuilder text = new StringBuilder();
        for (String line : lines.subList(i, i + 10)) {
          text.append(jiken.indexer.Json.MAPPER.readTree(line).get("text").asText());
        }
        out.add(ArticleInput.of(text.substring(0, Math.min(20, text.length())), text.toString(), null));
      }
    }
    if (Files.exists(DEV)) {
      for (String line : Files.readAllLines(DEV, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode a = jiken.indexer.Json.MAPPER.readTree(line);
          out.add(new ArticleInput(a.get("id").asText(), a.path("url").asText(null), a.get("title").asText(),
              a.get("text").asText(), null));
        }
      }
    }
    return out;
  }
}
