package jiken.web.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jiken.indexer.Json;

/**
 * The bundled demo news sites ({@code data/demo-sites/}): read from a directory when one is given
 * (development), else from the jar ({@code jiken-data/demo-sites/}), so {@code demo} works from
 * anywhere. Layout: {@code sites.json}, and per site a {@code manifest.json} listing every served
 * file. Thread-safe (read-only).
 */
public final class DemoCorpus {
  private static final String RESOURCE_ROOT = "/jiken-data/demo-sites/";
  private final Path dir;

  private DemoCorpus(Path dir) {
    this.dir = dir;
  }

  /** The corpus in {@code dir}, or the bundled one when {@code dir} is null. */
  public static DemoCorpus open(Path dir) {
    if (dir == null && DemoCorpus.class.getResource(RESOURCE_ROOT + "sites.json") == null) {
      throw new IllegalStateException("the demo corpus is not in this jar; pass --sites data/demo-sites");
    }
    return new DemoCorpus(dir);
  }

  public JsonNode sites() {
    return json("sites.json");
  }

  public JsonNode manifest(String siteDir) {
    return json(siteDir + "/manifest.json");
  }

  public byte[] bytes(String relative) {
    if (relative.contains("..")) {
      throw new IllegalArgumentException("bad path " + relative);
    }
    try {
      if (dir != null) {
        return Files.readAllBytes(dir.resolve(relative));
      }
      try (InputStream in = DemoCorpus.class.getResourceAsStream(RESOURCE_ROOT + relative)) {
        if (in == null) {
          throw new IOException("missing demo file " + relative);
        }
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode json(String relative) {
    try {
      return Json.MAPPER.readTree(bytes(relative));
    } catch (IOException e) {
      throw new UncheckedIOException("bad demo file " + relative, e);
    }
  }
}
