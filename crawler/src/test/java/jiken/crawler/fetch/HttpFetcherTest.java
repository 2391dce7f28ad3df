package jiken.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import jiken.crawler.FixtureServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
  FixtureServer server;
  HttpFetcher fetcher;
  static final byte[] HELLO = "こんにちは、架空の世界".getBytes(StandardCharsets.UTF_8);

  @BeforeEach
  void start() throws IOException {
    server = new FixtureServer();
    fetcher = new HttpFetcher("Jiken-test/1 (+http://example.invalid)", Duration.ofSeconds(2),
        Duration.ofMillis(800), 1000);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  FetchResult get(String path) throws InterruptedException {
    return fetcher.fetch(FetchRequest.get(URI.create(server.url(path))));
  }

  static byte[] deflate(byte[] raw, boolean nowrap) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (DeflaterOutputStream out = new DeflaterOutputStream(bos, new Deflater(Deflater.DEFAULT_COMPRESSION, nowrap))) {
      out.write(raw);
    }
    return bos.toByteArray();
  }

  @Test
  void gzip_and_both_deflate_flavours_are_decoded() throws Exception {
    server.route("/gz", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      FixtureServer.send(ex, 200, "text/plain", FixtureServer.gzip(HELLO));
    });
    server.route("/zlib", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "deflate");
      FixtureServer.send(ex, 200, "text/plain", deflate(HELLO, false));
    });
    server.route("/raw", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "deflate");
      FixtureServer.send(ex, 200, "text/plain", deflate(HELLO, true));
    });
    for (String p : new String[] {"/gz", "/zlib", "/raw"}) {
      assertThat(get(p).body()).as(p).isEqualTo(HELLO);
    }
    assertThat(server.hits("/gz").get(0).userAgent()).startsWith("Jiken-test/1");
  }

  @Test
  void body_over_the_cap_is_too_large_also_when_compressed() throws Exception {
    byte[] big = new byte[5000];
    server.page("/big", "text/html", big);
    server.route("/bomb", ex -> {
      ex.getResponseHeaders().set("Content-Encoding", "gzip");
      FixtureServer.send(ex, 200, "text/html", FixtureServer.gzip(big)); // tiny on the wire
    });
    assertThat(get("/big").tooLarge()).isTrue();
    assertThat(get("/bomb").tooLarge()).isTrue();
    assertThat(get("/bomb").body()).isEmpty();
  }

  @Test
  void conditional_get_sends_validators() throws Exception {
    server.route("/c", ex -> {
      boolean fresh = "\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"));
      FixtureServer.send(ex, fresh ? 304 : 200, "text/plain", HELLO);
    });
    FetchResult r = fetcher.fetch(new FetchRequest(URI.create(server.url("/c")), "\"v1\"", "Thu, 30 Oct 2025 00:00:00 GMT"));
    assertThat(r.status()).isEqualTo(304);
    assertThat(server.hits("/c").get(0).ifModifiedSince()).isEqualTo("Thu, 30 Oct 2025 00:00:00 GMT");
  }

  @Test
  void redirects_are_not_followed_here() throws Exception {
    server.route("/r", ex -> {
      ex.getResponseHeaders().set("Location", "/elsewhere");
      FixtureServer.send(ex, 302, null, new byte[0]);
    });
    FetchResult r = get("/r");
    assertThat(r.isRedirect()).isTrue();
    assertThat(r.header("Location")).isEqualTo("/elsewhere");
  }

  @Test
  void a_stalled_body_times_out_and_a_dead_port_is_a_failure_not_an_exception() throws Exception {
    server.route("/slow", ex -> {
      ex.sendResponseHeaders(200, 100);
      OutputStream os = ex.getResponseBody();
      os.write(new byte[10]);
      os.flush();
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    Instant t0 = Instant.now();
    FetchResult slow = get("/slow");
    assertThat(slow.status()).isZero();
    assertThat(slow.error()).contains("timeout");
    assertThat(Duration.between(t0, Instant.now())).isLessThan(Duration.ofMillis(2500));
    FetchResult dead = fetcher.fetch(FetchRequest.get(URI.create("http://127.0.0.1:1/")));
    assertThat(dead.status()).isZero();
    assertThat(dead.error()).isNotBlank();
  }

  @Test
  void retry_after_accepts_seconds_and_http_dates() {
    Instant now = Instant.parse("2025-10-30T00:00:00Z");
    assertThat(RetryAfter.parse("120", now)).isEqualTo(Duration.ofSeconds(120));
    assertThat(RetryAfter.parse("Thu, 30 Oct 2025 00:01:00 GMT", now)).isEqualTo(Duration.ofSeconds(60));
    assertThat(RetryAfter.parse("soon", now)).isNull();
  }
}
