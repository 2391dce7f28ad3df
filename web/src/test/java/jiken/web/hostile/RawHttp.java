package jiken.web.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A deliberately dumb HTTP/1.1 client over a socket: it sends the request target byte for byte
 * ({@code java.net.http} refuses {@code %zz} and other garbage before it reaches the server), one
 * request per connection, and gives up after {@link #TIMEOUT_MS} without an answer (a hang is a
 * failure, reported as status {@code -1}). Responses are read up to {@link #MAX_READ} bytes.
 */
final class RawHttp {
  static final int TIMEOUT_MS = 20_000;
  static final int MAX_READ = 4_000_000;

  private final int port;

  RawHttp(int port) {
    this.port = port;
  }

  record Response(int status, Map<String, String> headers, String body) {
    String header(String name) {
      return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }
  }

  Response send(String method, String target, Map<String, String> headers, byte[] body) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), TIMEOUT_MS);
      s.setSoTimeout(TIMEOUT_MS);
      StringBuilder head = new StringBuilder().append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
          .append("Host: 127.0.0.1:").append(port).append("\r\nConnection: close\r\n");
      headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
      if (body != null && !headers.containsKey("Content-Length") && !headers.containsKey("Transfer-Encoding")) {
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      head.append("\r\n");
      OutputStream out = s.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.UTF_8));
      if (body != null) {
        try {
          out.write(body);
        } catch (IOException e) {
          // the server may answer (413) and close before reading an oversized body; read what it said
        }
      }
      out.flush();
      return read(s.getInputStream());
    } catch (SocketTimeoutException e) {
      return new Response(-1, Map.of(), "no answer within " + TIMEOUT_MS + " ms");
    } catch (IOException e) {
      return new Response(-2, Map.of(), "connection failed: " + e);
    }
  }

  private static Response read(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    byte[] chunk = new byte[16384];
    int n;
    try {
      while (buf.size() < MAX_READ && (n = in.read(chunk)) > 0) {
        buf.write(chunk, 0, n);
      }
    } catch (java.net.SocketException e) {
      // reset after the answer (the server closed with unread request bytes): keep what arrived
      if (buf.size() == 0) {
        throw e;
      }
    }
    String raw = buf.toString(StandardCharsets.UTF_8);
    int end = raw.indexOf("\r\n\r\n");
    if (end < 0 || !raw.startsWith("HTTP/1.1 ")) {
      return new Response(-3, Map.of(), raw);
    }
    String[] lines = raw.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].substring(9, 12));
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(),
            (a, b) -> a + ", " + b);
      }
    }
    String body = raw.substring(end + 4);
    if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
      body = dechunk(body);
    }
    return new Response(status, headers, body);
  }

  private static String dechunk(String s) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    while (i < bytes.length) {
      int lineEnd = indexOf(bytes, i);
      if (lineEnd < 0) {
        break;
      }
      String sizeLine = new String(bytes, i, lineEnd - i, StandardCharsets.US_ASCII).split(";")[0].trim();
      int size;
      try {
        size = Integer.parseInt(sizeLine, 16);
      } catch (NumberFormatException e) {
        break;
      }
      if (size == 0) {
        break;
      }
      int start = lineEnd + 2;
      b.write(bytes, start, Math.min(size, bytes.length - start));
      i = start + size + 2;
    }
    out.append(b.toString(StandardCharsets.UTF_8));
    return out.toString();
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
