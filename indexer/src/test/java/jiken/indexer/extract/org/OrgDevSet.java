package jiken.indexer.extract.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jiken.indexer.extract.ArticleInput;

/**
 * Reads the shared gold set ({@code ../shared/eval/dev.jsonl}) at test time. The texts are
 * third-party material: they are read from the shared directory and never copied into the project.
 */
public final class OrgDevSet {
  /** Candidate locations of the shared eval directory, relative to the module or the repo. */
  private static final List<Path> DIRS = List.of(Path.of("../../shared/eval"), Path.of("../shared/eval"),
      Path.of("/work/shared/eval"));

  private OrgDevSet() {}

  /** One gold article. */
  public record Item(ArticleInput input, JsonNode gold) {}

  public static Path file(String name) {
    for (Path d : DIRS) {
      Path p = d.resolve(name);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  public static Path testdata(String name) {
    for (Path d : DIRS) {
      Path p = d.resolveSibling("testdata").resolve(name);
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  public static List<Item> load(Path file) throws IOException {
    ObjectMapper om = new ObjectMapper();
    List<Item> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode n = om.readTree(line);
        String pub = n.path("published").isTextual() ? n.get("published").asText() : null;
        ArticleInput in = new ArticleInput(n.path("id").asText(), text(n, "url"), text(n, "title"), text(n, "text"),
            pub == null ? null : LocalDate.parse(pub));
        out.add(new Item(in, n.path("gold")));
      }
    }
    return out;
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }
}
