package jiken.crawler;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@code data/sources.json}: {@code {"sources":[{...}]}}. Lenient: unknown fields are
 * ignored, and an entry that is invalid (missing id/url, unknown kind, bad regex, duplicate id) is
 * logged and skipped, so one typo never stops the crawl of the other sources.
 */
public final class SourcesFile {
  private static final Logger LOG = LoggerFactory.getLogger(SourcesFile.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private SourcesFile() {}

  /** Loads the file. A missing or unparseable file is an error (there is nothing to crawl). */
  public static List<Source> load(Path file) {
    try {
      return parse(Files.readString(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sources file " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses JSON text; {@code origin} names it in log messages. */
  public static List<Source> parse(String json, String origin) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException(origin + " is not valid JSON: " + e.getMessage(), e);
    }
    JsonNode list = root == null ? null : root.isArray() ? root : root.get("sources");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException(origin + ": expected {\"sources\":[...]}");
    }
    List<Source> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    int i = 0;
    for (JsonNode n : list) {
      try {
        Source s = toSource(n);
        if (!ids.add(s.id())) {
          throw new IllegalArgumentException("duplicate id " + s.id());
        }
        out.add(s);
      } catch (RuntimeException e) {
        LOG.warn("{}: skipping source #{}: {}", origin, i, e.getMessage());
      }
      i++;
    }
    return List.copyOf(out);
  }

  private static Source toSource(JsonNode n) {
    String id = text(n, "id");
    String url = text(n, "url");
    if (id == null || url == null) {
      throw new IllegalArgumentException("id and url are required");
    }
    SourceKind kind = SourceKind.parse(text(n, "kind"));
    if (kind == null) {
      throw new IllegalArgumentException("source " + id + ": unknown kind " + text(n, "kind"));
    }
    URI uri = URI.create(url.trim());
    String scheme = uri.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException("source " + id + ": not an http(s) URL: " + url);
    }
    String allow = text(n, "allow");
    return new Source(id, text(n, "name"), kind, uri, text(n, "link_selector"),
        text(n, "next_selector"), n.path("max_pages").asInt(Source.DEFAULT_MAX_PAGES),
        text(n, "title_selector"), text(n, "body_selector"), text(n, "published_selector"),
        allow == null ? null : Pattern.compile(allow),
        n.path("delay_ms").asLong(Source.DEFAULT_DELAY_MS));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    String s = v.asText();
    return s.isBlank() ? null : s;
  }
}
