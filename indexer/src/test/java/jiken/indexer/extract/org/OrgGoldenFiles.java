package jiken.indexer.extract.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jiken.indexer.extract.ArticleInput;

/**
 * Golden-file support shared by the organisation and count tests: {@code NAME.txt} holds an
 * article (first line the title, the rest the text; an optional first line {@code url: …}),
 * {@code NAME.expected.json} the extractor's expected output under a field, plus a
 * {@code known_wrong} list documenting outputs that are wrong or missing today (kept when
 * regenerating). Run with {@code -Dgolden.update=true} to rewrite the expected field from the
 * current output, then review the diff.
 */
public final class OrgGoldenFiles {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private OrgGoldenFiles() {}

  public static boolean updating() {
    return Boolean.parseBoolean(System.getProperty("golden.update", "false"));
  }

  /** The {@code .txt} fixtures in {@code src/test/resources/extract/<dir>}, sorted. */
  public static List<Path> fixtures(String dir) throws IOException {
    Path root = Path.of("src/test/resources/extract", dir);
    try (Stream<Path> s = Files.list(root)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
  }

  public static ArticleInput read(Path txt) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(txt, StandardCharsets.UTF_8));
    String url = "";
    if (!lines.isEmpty() && lines.get(0).startsWith("url: ")) {
      url = lines.remove(0).substring(5).strip();
    }
    String title = lines.isEmpty() ? "" : lines.remove(0);
    return new ArticleInput(txt.getFileName().toString(), url, title, String.join("\n", lines), null);
  }

  public static Path expectedFile(Path txt) {
    String n = txt.getFileName().toString();
    return txt.resolveSibling(n.substring(0, n.length() - 4) + ".expected.json");
  }

  /** The expected value of {@code field}, or null when the file is missing. */
  public static JsonNode expected(Path txt, String field) throws IOException {
    Path f = expectedFile(txt);
    return Files.exists(f) ? JSON.readTree(Files.readString(f, StandardCharsets.UTF_8)).get(field) : null;
  }

  /** Rewrites {@code field} with {@code actual}, keeping the known_wrong notes. */
  public static void write(Path txt, String field, JsonNode actual) throws IOException {
    Path f = expectedFile(txt);
    ObjectNode root = Files.exists(f) ? (ObjectNode) JSON.readTree(Files.readString(f, StandardCharsets.UTF_8))
        : JSON.createObjectNode();
    root.set(field, actual);
    if (!root.has("known_wrong")) {
      root.putArray("known_wrong");
    }
    Files.writeString(f, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
  }

  public static ObjectMapper json() {
    return JSON;
  }
}
