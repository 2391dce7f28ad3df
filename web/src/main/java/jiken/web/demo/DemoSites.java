package jiken.web.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import jiken.crawler.Source;
import jiken.crawler.SourceKind;

/**
 * Serves the demo news sites on loopback, one port per site, exactly as their manifests say:
 * pages are stored as UTF-8 and transcoded to the encoding a page is served in (Shift_JIS as
 * windows-31j, EUC-JP as x-eucJP-Open), the charset is put in the Content-Type header only when
 * the manifest says so, and {@code {{BASE}}} becomes the site's own base URL. Lists the sites'
 * entry points as crawler {@link Source}s. Close to stop.
 */
public final class DemoSites implements AutoCloseable {
  private final List<HttpServer> servers = new ArrayList<>();
  private final List<Source> sources = new ArrayList<>();
  private final Map<String, String> bases = new java.util.LinkedHashMap<>();

  private DemoSites() {}

  /** Starts every site of {@code corpus}; {@code delayMs} is the politeness delay given to the crawler. */
  public static DemoSites start(DemoCorpus corpus, long delayMs) throws IOException {
    DemoSites sites = new DemoSites();
    try {
      for (JsonNode site : corpus.sites().path("sites")) {
        sites.startSite(corpus, site, delayMs);
      }
    } catch (IOException | RuntimeException e) {
      sites.close();
      throw e;
    }
    return sites;
  }

  public List<Source> sources() {
    return List.copyOf(sources);
  }

  /** Site id → base URL ({@code http://127.0.0.1:PORT}) of every running site. */
  public Map<String, String> baseUrls() {
    return Map.copyOf(bases);
  }

  private void startSite(DemoCorpus corpus, JsonNode site, long delayMs) throws IOException {
    String id = site.path("id").asText();
    String dir = site.path("dir").asText(id);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    Map<String, JsonNode> files = new HashMap<>();
    for (JsonNode f : corpus.manifest(dir).path("files")) {
      files.put(f.path("path").asText(), f);
    }
    server.createContext("/", ex -> serve(ex, corpus, dir, base, files));
    server.setExecutor(Executors.newFixedThreadPool(2, r -> {
      Thread t = new Thread(r, "demo-site-" + id);
      t.setDaemon(true);
      return t;
    }));
    server.start();
    servers.add(server);
    bases.put(id, base);
    int n = 0;
    for (JsonNode ep : site.path("entry_points")) {
      n++;
      SourceKind kind = SourceKind.valueOf(ep.path("kind").asText("feed").toUpperCase(java.util.Locale.ROOT));
      sources.add(new Source(id + (n > 1 ? "-" + n : ""), site.path("name").asText(id), kind,
          URI.create(base + ep.path("path").asText("/")), text(ep, "link_selector"), text(ep, "next_selector"),
          ep.path("max_pages").asInt(Source.DEFAULT_MAX_PAGES), null, null, null, null, delayMs));
    }
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }

  private static void serve(HttpExchange ex, DemoCorpus corpus, String dir, String base, Map<String, JsonNode> files)
      throws IOException {
    try (ex) {
      String path = ex.getRequestURI().getPath();
      JsonNode f = files.get(path);
      if (f == null || !"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
        byte[] body = "not found".getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        ex.sendResponseHeaders(404, body.length);
        ex.getResponseBody().write(body);
        return;
      }
      String encoding = f.path("encoding").asText("UTF-8");
      String source = new String(corpus.bytes(dir + "/" + f.path("file").asText()), StandardCharsets.UTF_8)
          .replace("{{BASE}}", base);
      byte[] body = source.getBytes(javaCharset(encoding));
      String type = f.path("content_type").asText("text/html");
      ex.getResponseHeaders().set("Content-Type", f.path("header_charset").asBoolean(false) ? type + "; charset=" + encoding : type);
      ex.sendResponseHeaders(f.path("status").asInt(200), body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
  }

  static Charset javaCharset(String label) {
    return switch (label.toUpperCase(java.util.Locale.ROOT).replace('_', '-')) {
      case "SHIFT-JIS", "SJIS", "WINDOWS-31J" -> Charset.forName("windows-31j");
      case "EUC-JP" -> Charset.forName("x-eucJP-Open");
      default -> Charset.forName(label);
    };
  }

  @Override
  public void close() {
    servers.forEach(s -> s.stop(0));
  }
}
