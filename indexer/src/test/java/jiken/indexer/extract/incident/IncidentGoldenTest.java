package jiken.indexer.extract.incident;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jiken.indexer.Json;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.ArticleInput;
import jiken.indexer.extract.LabelFact;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files for the incident-type, data-type and system extractors: each fictional
 * {@code extract/incident/NAME.txt} (title line, then text) must give exactly the labels in
 * {@code NAME.expected.json}. {@code -Dgolden.update=true} rewrites the expected files from the
 * current output, keeping their hand-written {@code known_wrong} sections (see the README there).
 */
class IncidentGoldenTest {
  private static final Path DIR = Path.of("src", "test", "resources", "extract", "incident");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private final IncidentTypeExtractor types = new IncidentTypeExtractor();
  private final DataTypeExtractor data = new DataTypeExtractor();
  private final SystemExtractor systems = new SystemExtractor();

  static Stream<String> fixtures() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
          .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void output_matches_golden_file(String name) throws IOException {
    String raw = Files.readString(DIR.resolve(name + ".txt"), StandardCharsets.UTF_8);
    int nl = raw.indexOf('\n');
    AnalyzedArticle article = AnalyzedArticle.of(ArticleInput.of(raw.substring(0, nl), raw.substring(nl + 1), null));
    ObjectNode actual = Json.MAPPER.createObjectNode();
    put(actual, "incident_types", types.extract(article));
    put(actual, "data_types", data.extract(article));
    put(actual, "systems", systems.extract(article));

    Path expectedFile = DIR.resolve(name + ".expected.json");
    JsonNode expected = Files.exists(expectedFile) ? Json.MAPPER.readTree(expectedFile.toFile()) : null;
    if (UPDATE || expected == null) {
      if (expected != null && expected.has("known_wrong")) {
        actual.set("known_wrong", expected.get("known_wrong"));
      }
      Files.writeString(expectedFile, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(actual) + "\n",
          StandardCharsets.UTF_8);
      assertThat(UPDATE).as("wrote missing golden file %s; review it and rerun", expectedFile).isTrue();
      return;
    }
    for (String field : List.of("incident_types", "data_types", "systems")) {
      assertThat(actual.get(field)).as("%s of %s (evidence: %s)", field, name, evidence(article)).isEqualTo(expected.get(field));
    }
    JsonNode known = expected.path("known_wrong");
    known.fieldNames().forEachRemaining(field -> assertThat(known.get(field).get("want"))
        .as("known_wrong.%s of %s equals the output: the fix landed, move it out of known_wrong", field, name)
        .isNotEqualTo(actual.get(field)));
  }

  private static void put(ObjectNode out, String field, List<LabelFact> facts) {
    ArrayNode a = out.putArray(field);
    facts.stream().map(LabelFact::value).sorted().forEach(a::add);
  }

  private String evidence(AnalyzedArticle article) {
    StringBuilder sb = new StringBuilder();
    for (List<LabelFact> facts : List.of(types.extract(article), data.extract(article), systems.extract(article))) {
      facts.forEach(f -> sb.append(f.value()).append('←').append(f.evidence()).append("; "));
    }
    return sb.toString();
  }
}
