package jiken.crawler.archive;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jiken.crawler.fetch.FetchResult;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a {@link WarcArchive} back as {@link FetchResult}s, so extraction can be re-run on
 * exactly what was fetched (e.g. after improving the extractor). Records that cannot be parsed
 * are skipped (a kill can leave a truncated last record). Stateless; thread-safe.
 */
public final class WarcReplay {
  private WarcReplay() {}

  /** Every response in the archive files of {@code dir}, oldest first. */
  public static void forEach(Path dir, Consumer<FetchResult> sink) throws IOException {
    for (Path file : WarcArchive.files(dir)) {
      try (WarcReader reader = new WarcReader(file)) {
        reader.setLenient(true);
        for (WarcRecord rec : reader) {
          if (rec instanceof WarcResponse) {
            sink.accept(toResult((WarcResponse) rec));
          }
        }
      } catch (IOException | RuntimeException e) {
        // a truncated tail after a kill: what was read so far stands
      }
    }
  }

  /** All responses in {@code dir}. */
  public static List<FetchResult> readAll(Path dir) throws IOException {
    List<FetchResult> out = new ArrayList<>();
    forEach(dir, out::add);
    return out;
  }

  static FetchResult toResult(WarcResponse rec) throws IOException {
    HttpResponse http = rec.http();
    Map<String, List<String>> headers = new LinkedHashMap<>(http.headers().map());
    byte[] body = http.body().stream().readAllBytes();
    URI target = rec.targetURI();
    return new FetchResult(target, target, http.status(), headers, body, false, null, rec.date());
  }
}
