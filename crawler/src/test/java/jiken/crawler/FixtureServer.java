package jiken.crawler;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * A local HTTP server for tests (127.0.0.1, random port): routes are set per test, every request
 * is logged with its conditional headers. Unknown paths get 404. Never touches the network.
 */
public final class FixtureServer implements AutoCloseable {
  /** One request as seen by the server. */
  public record Hit(String path, String ifNoneMatch, String ifModifiedSince, String userAgent, long atMillis) {}

  /** Handles one exchange. */
  @FunctionalInterface
  public interface Route {
    void handle(HttpExchange ex) throws IOException;
  }

  private final HttpServer server;
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final List<Hit> hits = new CopyOnWriteArrayList<>();

  public FixtureServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", ex -> {
      try (ex) {
        String path = ex.getRequestURI().getRawPath()
            + (ex.getRequestURI().getRawQuery() == null ? "" : "?" + ex.getRequestURI().getRawQuery());
        hits.add(new Hit(path, ex.getRequestHeaders().getFirst("If-None-Match"),
            ex.getRequestHeaders().getFirst("If-Modified-Since"), ex.getRequestHeaders().getFirst("User-Agent"),
            System.currentTimeMillis()));
        Route r = routes.get(path);
        if (r == null) {
          r = routes.get(ex.getRequestURI().getRawPath());
        }
        if (r == null) {
          send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        } else {
          r.handle(ex);
        }
      }
    });
    server.start();
  }

  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public String url(String path) {
    return base() + path;
  }

  public FixtureServer route(String path, Route r) {
    routes.put(path, r);
    return this;
  }

  /** A 200 with the given body and content type. */
  public FixtureServer page(String path, String contentType, byte[] body) {
    return route(path, ex -> send(ex, 200, contentType, body));
  }

  /** A 200 text page encoded in {@code cs}, with {@code contentType} sent as is (may lack a charset). */
  public FixtureServer text(String path, String contentType, String body, Charset cs) {
    return page(path, contentType, body.getBytes(cs));
  }

  public List<Hit> hits() {
    return List.copyOf(hits);
  }

  public List<Hit> hits(String path) {
    return hits.stream().filter(h -> h.path().equals(path)).toList();
  }

  public void clearHits() {
    hits.clear();
  }

  public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
    if (contentType != null) {
      ex.getResponseHeaders().set("Content-Type", contentType);
    }
    if (status == 304 || status == 204) {
      ex.sendResponseHeaders(status, -1);
      return;
    }
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(body);
    }
  }

  public static byte[] gzip(byte[] raw) {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
      gz.write(raw);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return bos.toByteArray();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
