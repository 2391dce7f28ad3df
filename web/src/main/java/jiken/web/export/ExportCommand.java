package jiken.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jiken.crawler.cli.DataDirOption;
import jiken.indexer.cases.CaseRecord;
import jiken.indexer.index.SearchRequest;
import jiken.web.WebContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code jiken export}: writes a case or the cases a query matches in any {@link ExportFormat}, the
 * same bytes the HTTP API serves for that case or query (CSV and Atom links use {@code --base-url}).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export a case (--case ID) or the cases a query matches (--query Q).")
public final class ExportCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Option(names = "--case", paramLabel = "ID", description = "Case id.") String caseId;
    @Option(names = "--query", paramLabel = "Q", description = "Search query (\"\" for all cases).") String query;
  }

  @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
      description = "json, timeline, timelinejs, timesketch, stix, csv or atom (default: json).")
  String format;
  @Option(names = "--tag", paramLabel = "TAG", description = "Only cases with this tag (with --query).") String tag;
  @Option(names = "--out", paramLabel = "FILE", defaultValue = "-", description = "Output file, - for stdout (default).")
  String out;
  @Option(names = "--size", defaultValue = "100", description = "Cases per query export (1-" + Exporter.MAX_CASES + ").")
  int size;
  @Option(names = "--base-url", defaultValue = "http://localhost:7070", description = "Site URL used in CSV and Atom links.")
  String baseUrl;

  @Override
  public Integer call() throws IOException {
    ExportFormat f;
    try {
      f = ExportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    }
    if (size < 1 || size > Exporter.MAX_CASES) {
      System.err.println("error: --size must be between 1 and " + Exporter.MAX_CASES);
      return 2;
    }
    String base = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    try (WebContext web = new WebContext(data.dataDir(), false)) {
      Exporter exporter = new Exporter(web, base);
      byte[] bytes;
      if (target.caseId != null) {
        CaseRecord c = web.cases().get(target.caseId).orElse(null);
        if (c == null) {
          System.err.println("error: no such case: " + target.caseId);
          return 1;
        }
        bytes = exporter.ofCase(c, f);
      } else {
        SearchRequest req = new SearchRequest(target.query, null, null, tag, null, null, null, null,
            f == ExportFormat.ATOM ? "newest" : null, 1, Math.min(size, SearchRequest.MAX_SIZE));
        bytes = exporter.ofQuery(req, size, f, base + "/feeds/cases.atom");
      }
      if (out.equals("-")) {
        OutputStream o = System.out;
        o.write(bytes);
        o.flush();
      } else {
        Files.write(Path.of(out), bytes);
      }
      return 0;
    }
  }
}
