package jiken.web.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import jiken.indexer.Json;
import jiken.web.App;
import jiken.web.WebContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests Jetty rejects before they reach the application (request line or headers over 8 KiB,
 * an unparseable request line, invalid UTF-8 in the path, a bad {@code Content-Length}) get the
 * project's error shape, not Jetty's ISO-8859-1 HTML: {@code {"error": …}} as
 * {@code application/json; charset=utf-8} with the security headers, or the site's error page when
 * a browser asks for HTML on a page path. Sent byte for byte over a socket, since
 * {@code java.net.http} refuses to send most of them.
 */
class ConnectorErrorsTest {
  @TempDir static Path dir;
  static WebContext web;
  static Javalin app;

  @BeforeAll
  static void start() {
    web = new WebContext(dir, false);
    web.setReady(true, "ready");
    app = App.create(web).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    app.stop();
    web.close();
  }

  record Answer(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }
  }

  @Test
  void a_request_line_over_8_kib_is_a_json_414() throws Exception {
    Answer a = send(("GET /api/search?q=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII));
    assertJsonError(a, 414);
    assertThat(error(a)).contains("request line too long");
  }

  @Test
  void headers_over_8_kib_are_a_json_431() throws Exception {
    Answer a = send(("GET /api/search?q=x HTTP/1.1\r\nHost: x\r\nX-Padding: " + "b".repeat(10_000)
        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    assertJsonError(a, 431);
  }

  @Test
  void an_unparseable_request_line_is_a_json_400() throws Exception {
    assertJsonError(send("GET /api/a b c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII)), 400);
    assertJsonError(send("BLAH\r\n\r\n".getBytes(StandardCharsets.US_ASCII)), 400);
  }

  @Test
  void invalid_utf8_in_the_path_is_a_json_400_raw_or_percent_encoded() throws Exception {
    byte[] head = "GET /api/cases/".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    raw.write(head);
    raw.write(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc0, (byte) 0xaf});
    raw.write(tail);
    assertJsonError(send(raw.toByteArray()), 400);
    assertJsonError(send("GET /cases/%ff%fe%c0%af HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        .getBytes(StandardCharsets.US_ASCII)), 400);
  }

  @Test
  void a_bad_content_length_is_a_json_400() throws Exception {
    assertJsonError(send("POST /api/extract HTTP/1.1\r\nHost: x\r\nContent-Length: 12abc\r\nConnection: close\r\n\r\n"
        .getBytes(StandardCharsets.US_ASCII)), 400);
  }

  @Test
  void other_methods_get_a_body_too_and_head_gets_none() throws Exception {
    assertJsonError(send(("PUT /api/search?q=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII)), 414);
    Answer head = send("HEAD /api/cases/%ff%fe HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        .getBytes(StandardCharsets.US_ASCII));
    assertThat(head.status()).isEqualTo(400);
    assertThat(head.header("Content-Type")).startsWith("application/json");
    assertThat(head.body()).isEmpty();
  }

  @Test
  void a_browser_asking_for_a_page_gets_the_escaped_error_page() throws Exception {
    Answer a = send(("GET /orgs/%3Cjk-canary%3E%ff%fe HTTP/1.1\r\nHost: x\r\n"
        + "Accept: text/html,application/xhtml+xml\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
    assertThat(a.header("Content-Security-Policy")).contains("default-src 'self'");
    assertThat(a.body()).contains("400").contains("不正なリクエストです").doesNotContain("jk-canary");
    // the same request from a script (no HTML in Accept) is JSON
    assertJsonError(send(("GET /orgs/%ff%fe HTTP/1.1\r\nHost: x\r\nAccept: */*\r\n"
        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII)), 400);
    // a request line too long for Jetty to read the headers after it: no Accept is known, so JSON
    assertJsonError(send(("GET /search?q=" + "a".repeat(10_000) + " HTTP/1.1\r\nHost: x\r\nAccept: text/html\r\n"
        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII)), 414);
  }

  @Test
  void the_server_still_answers_normally_afterwards() throws Exception {
    Answer a = send("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(a.status()).isEqualTo(200);
  }

  private static void assertJsonError(Answer a, int status) throws IOException {
    assertThat(a.status()).as(a.body()).isEqualTo(status);
    assertThat(a.header("Content-Type")).isEqualTo("application/json; charset=utf-8");
    assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(a.header("Content-Security-Policy")).contains("default-src 'self'");
    assertThat(a.header("Cache-Control")).contains("no-store");
    assertThat(error(a)).isNotBlank().doesNotContain("<");
  }

  private static String error(Answer a) throws IOException {
    return Json.MAPPER.readTree(a.body()).path("error").asText();
  }

  private static Answer send(byte[] request) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", app.port()), 5_000);
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request);
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      byte[] chunk = new byte[8192];
      int n;
      try {
        while ((n = in.read(chunk)) > 0) {
          buf.write(chunk, 0, n);
        }
      } catch (java.net.SocketException e) {
        if (buf.size() == 0) {
          throw e; // a reset after the answer is fine (unread request bytes); none at all is not
        }
      }
      String raw = buf.toString(StandardCharsets.UTF_8);
      int end = raw.indexOf("\r\n\r\n");
      assertThat(end).as("an HTTP answer: %s", raw).isPositive();
      String[] lines = raw.substring(0, end).split("\r\n");
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
      }
      return new Answer(Integer.parseInt(lines[0].substring(9, 12)), headers, raw.substring(end + 4));
    }
  }
}
