package jiken.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import jiken.indexer.Json;

/**
 * Articles of general Japanese text for throughput work: each joins 8–16 sentences (or another
 * range: {@code --style long} takes 32–64, feature-length articles) drawn at random
 * from a file of real sentences (JSONL with a {@code text} field per line, such as
 * {@code ../shared/testdata/ner_wikipedia_ja.jsonl}, read at bench time and never copied into the
 * project). Most such articles report no incident, as most of what a general news feed or an
 * archive holds; the pipeline's cost on them is its cost on text it only stores.
 *
 * <p>Deterministic for a seed and a file. Not thread-safe.
 */
final class SentenceArticles implements Supplier<SyntheticIncidents.Article> {
  private final List<String> sentences;
  private final Random r;
  private final int min;
  private final int max;
  private int n;

  SentenceArticles(Path file, long seed) {
    this(file, seed, 8, 16);
  }

  /** Articles of {@code min} to {@code max} sentences each. */
  SentenceArticles(Path file, long seed, int min, int max) {
    if (min < 1 || max < min) {
      throw new IllegalArgumentException("need 1 <= min <= max, not " + min + ", " + max);
    }
    this.sentences = read(file);
    this.r = new Random(seed);
    this.min = min;
    this.max = max;
  }

  private static List<String> read(Path file) {
    List<String> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode text = Json.MAPPER.readTree(line).path("text");
        if (text.isTextual() && !text.asText().isBlank()) {
          out.add(text.asText().strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sentences from " + file, e);
    }
    if (out.size() < 100) {
      throw new IllegalArgumentException(file + " holds " + out.size() + " sentences; at least 100 are needed");
    }
    return out;
  }

  @Override
  public SyntheticIncidents.Article get() {
    n++;
    StringBuilder text = new StringBuilder();
    int count = min + r.nextInt(max - min + 1);
    for (int i = 0; i < count; i++) {
      // a paragraph break now and then, as articles have
      text.append(sentences.get(r.nextInt(sentences.size()))).append(i % 4 == 3 ? "\n" : "");
    }
    String first = text.substring(0, Math.min(text.length(), 40));
    int cut = first.indexOf('。');
    String title = cut > 8 ? first.substring(0, cut) : first;
    LocalDate day = LocalDate.of(2010 + r.nextInt(17), 1 + r.nextInt(12), 1 + r.nextInt(28));
    return new SyntheticIncidents.Article("general-" + n, "https://general.invalid/" + n, title, text.toString().strip(),
        day.toString(), "general", null);
  }
}
