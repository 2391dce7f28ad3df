package jiken.crawler.archive;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jiken.crawler.fetch.FetchResult;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * An append-only archive of raw fetches as gzipped WARC 1.1 {@code response} records under one
 * directory ({@code DATA_DIR/warc/}), rolled to a new file once the current one exceeds {@code
 * maxFileBytes}. File names sort by creation: {@code jiken-<utc time>-<n>.warc.gz}.
 *
 * <p>The body recorded is the one the crawler extracted from: already gzip/deflate-decoded, so
 * {@code Content-Encoding} and {@code Content-Length} are dropped from the recorded headers (a
 * replay must not decode twice). Thread-safe: writes are serialised; each record is a complete
 * gzip member, so a kill mid-write loses at most the record being written.
 */
public final class WarcArchive implements AutoCloseable {
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final Path dir;
  private final long maxFileBytes;
  private FileChannel channel;
  private WarcWriter writer;
  private int files;

  /** @param maxFileBytes roll to a new file after this many (compressed) bytes; at least 1 */
  public WarcArchive(Path dir, long maxFileBytes) throws IOException {
    if (maxFileBytes < 1) {
      throw new IllegalArgumentException("maxFileBytes must be >= 1");
    }
    this.dir = Files.createDirectories(dir);
    this.maxFileBytes = maxFileBytes;
  }

  /** Archives one response; failures (status 0) have no response and are not recorded. */
  public synchronized void record(FetchResult r) throws IOException {
    if (r.status() <= 0) {
      return;
    }
    HttpResponse.Builder http = new HttpResponse.Builder(r.status(), reason(r.status()));
    for (Map.Entry<String, List<String>> h : r.headers().entrySet()) {
      if (h.getKey().equals("content-encoding") || h.getKey().equals("content-length")
          || h.getKey().equals("transfer-encoding")) {
        continue;
      }
      for (String v : h.getValue()) {
        http.addHeader(h.getKey(), v);
      }
    }
    String type = r.contentType() == null ? "application/octet-stream" : r.contentType();
    http.body(MediaType.parse(type), r.body());
    WarcResponse rec = new WarcResponse.Builder(r.finalUrl()).date(r.fetchedAt()).body(http.build()).build();
    current().write(rec);
  }

  private WarcWriter current() throws IOException {
    if (writer != null && channel.position() >= maxFileBytes) {
      closeCurrent();
    }
    if (writer == null) {
      Path file;
      do {
        file = dir.resolve(String.format(Locale.ROOT, "jiken-%s-%05d.warc.gz",
            STAMP.format(java.time.Instant.now()), files++));
      } while (Files.exists(file));
      channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      writer = new WarcWriter(channel, WarcCompression.GZIP);
    }
    return writer;
  }

  private void closeCurrent() throws IOException {
    writer.close(); // closes the channel too
    writer = null;
    channel = null;
  }

  /** The archive files written so far (this and earlier runs), oldest first. */
  public static List<Path> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (var s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".warc.gz")).sorted().toList();
    }
  }

  private static String reason(int status) {
    switch (status) {
      case 200: return "OK";
      case 304: return "Not Modified";
      case 301: return "Moved Permanently";
      case 302: return "Found";
      case 404: return "Not Found";
      default: return "Status";
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (writer != null) {
      closeCurrent();
    }
  }
}
