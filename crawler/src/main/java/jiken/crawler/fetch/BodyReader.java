package jiken.crawler.fetch;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads a response body, undoing {@code Content-Encoding: gzip|deflate} ourselves (the JDK client
 * does not) and stopping at a cap measured on the <em>decoded</em> bytes, so a small gzip bomb
 * cannot fill the heap.
 */
final class BodyReader {
  /** The decoded body, or {@code tooLarge} when the cap was hit. */
  record Body(byte[] bytes, boolean tooLarge) {}

  private BodyReader() {}

  static Body read(InputStream raw, String contentEncoding, long maxBytes) throws IOException {
    try (InputStream in = decoding(raw, contentEncoding)) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buf)) >= 0) {
        total += n;
        if (total > maxBytes) {
          return new Body(new byte[0], true);
        }
        out.write(buf, 0, n);
      }
      return new Body(out.toByteArray(), false);
    }
  }

  private static InputStream decoding(InputStream raw, String encoding) throws IOException {
    String e = encoding == null ? "" : encoding.trim().toLowerCase(Locale.ROOT);
    switch (e) {
      case "gzip": case "x-gzip":
        return new GZIPInputStream(raw, 8192);
      case "deflate":
        // "deflate" should be zlib-wrapped (RFC 9110), but some servers send raw DEFLATE:
        // peek at the zlib header (CMF byte 0x?8 with a valid check) to choose.
        BufferedInputStream b = new BufferedInputStream(raw);
        b.mark(2);
        int cmf = b.read();
        int flg = b.read();
        b.reset();
        boolean zlib = cmf >= 0 && flg >= 0 && (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
        return new InflaterInputStream(b, new Inflater(!zlib));
      default:
        return raw;
    }
  }
}
