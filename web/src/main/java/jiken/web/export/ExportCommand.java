package jiken.web.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import jiken.crawler.cli.DataDirOption;
import jiken.indexer.Json;
import jiken.indexer.cases.CaseRecord;
import jiken.indexer.index.SearchRequest;
import jiken.web.WebContext;
import jiken.web.cases.CaseRoutes;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jiken export}: writes a case (as the API returns it) or a search's results as JSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export a case (--case ID) or the cases a query matches (--query Q) as JSON.")
public final class ExportCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Target target;

  static final class Target {
    @Option(names = "--case", paramLabel = "ID", description = "Case id.") String caseId;
    @Option(names = "--query", paramLabel = "Q", description = "Search query (\"\" for all cases).") String query;
  }

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "-", description = "Output file, - for stdout (default).")
  String out;
  @Option(names = "--size", defaultValue = "100", description = "Hits per query export (max 100).") int size;

  @Override
  public Integer call() throws IOException {
    try (WebContext web = new WebContext(data.dataDir(), false)) {
      Object value;
      if (target.caseId != null) {
        CaseRecord c = web.cases().get(target.caseId).orElse(null);
        if (c == null) {
          System.err.println("error: no such case: " + target.caseId);
          return 1;
        }
        value = CaseRoutes.toJson(web, c);
      } else {
        value = web.searcher().search(new SearchRequest(target.query, null, null, null, null, null, null, null,
            null, 1, Math.min(size, SearchRequest.MAX_SIZE)));
      }
      byte[] json = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(value);
      if (out.equals("-")) {
        OutputStream o = System.out;
        o.write(json);
        o.write('\n');
        o.flush();
      } else {
        Files.write(Path.of(out), json);
      }
      return 0;
    }
  }

}
