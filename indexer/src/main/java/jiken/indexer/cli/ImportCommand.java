package jiken.indexer.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import jiken.crawler.cli.DataDirOption;
import jiken.crawler.store.CrawledDocument;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.indexer.extract.ArticleInput;
import jiken.indexer.extract.ExtractionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code jiken import --jsonl FILE}: stores articles given as JSONL in the extraction input format
 * ({@code {"id","url","title","text","published"}}, optionally {@code "source"} and
 * {@code "tags"}) as crawled documents, so they are indexed like fetched pages. The canonical URL
 * is the {@code url}, or {@code import:<id>} without one; the content hash is the SHA-256 of the
 * text, so re-importing an unchanged article changes nothing. An article with neither url nor id
 * is known by a hash of its title and text ({@link #toDocument}, which also takes {@code body} for
 * the text and {@code date} for the date). Lines that are not JSON objects, or hold neither title
 * nor text, are reported with their line number and skipped. Writes in
 * transactions of {@value #BATCH} documents.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import articles from JSONL ({\"id\",\"url\",\"title\",\"text\",\"published\",\"source\"?,\"tags\"?}).")
public final class ImportCommand implements Callable<Integer> {
  static final int BATCH = 500;
  static final String DEFAULT_SOURCE = "import";

  @Mixin
  private DataDirOption dataDir;

  @Option(names = "--jsonl", paramLabel = "FILE", required = true, description = "Articles, one JSON object a line; - for stdin.")
  private String jsonl;

  private final InputStream stdin;
  private final OutputStream stdout;
  private final OutputStream stderr;

  public ImportCommand() {
    this(System.in, System.out, System.err);
  }

  ImportCommand(InputStream stdin, OutputStream stdout, OutputStream stderr) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  /** What an import did. */
  record Counts(int created, int updated, int unchanged, int bad) {}

  @Override
  public Integer call() throws Exception {
    PrintStream err = Console.print(stderr);
    Counts counts;
    try (Database db = Database.open(dataDir.dataDir()); BufferedReader r = Console.reader(jsonl, stdin)) {
      counts = importAll(new DocumentStore(db), db, r, err);
    }
    PrintStream out = Console.print(stdout);
    out.printf(java.util.Locale.ROOT, "imported: %d new, %d updated, %d unchanged, %d bad%n",
        counts.created(), counts.updated(), counts.unchanged(), counts.bad());
    out.flush();
    return 0;
  }

  static Counts importAll(DocumentStore store, Database db, BufferedReader r, PrintStream err) throws java.io.IOException {
    int[] n = new int[4];
    jiken.indexer.Progress progress = new jiken.indexer.Progress("import", -1);
    List<CrawledDocument> batch = new ArrayList<>(BATCH);
    Instant now = Instant.now();
    String line;
    long number = 0;
    while ((line = r.readLine()) != null) {
      number++;
      if (number == 1) {
        line = Console.stripBom(line);
      }
      if (line.isBlank()) {
        continue;
      }
      try {
        batch.add(toDocument(ExtractionJson.parseObject(line), now));
      } catch (IllegalArgumentException e) {
        n[3]++;
        err.println("line " + number + ": skipped: " + e.getMessage());
        continue;
      }
      if (batch.size() >= BATCH) {
        progress.advance(batch.size());
        write(store, db, batch, n);
      }
    }
    write(store, db, batch, n);
    return new Counts(n[0], n[1], n[2], n[3]);
  }

  private static void write(DocumentStore store, Database db, List<CrawledDocument> batch, int[] n) {
    if (batch.isEmpty()) {
      return;
    }
    db.inTransaction(c -> {
      for (CrawledDocument d : batch) {
        switch (store.upsert(c, d).outcome()) {
          case NEW -> n[0]++;
          case UPDATED -> n[1]++;
          case UNCHANGED -> n[2]++;
        }
      }
      return null;
    });
    batch.clear();
  }

  /**
   * The document for one input object. Lenient about what other tools write: the text may come as
   * {@code body} or {@code content}, the date as {@code date} or {@code published_at}, with slashes
   * or dots ({@code 2024/05/01}); an article with neither url nor id is known by its content
   * ({@code import:sha256:…} of title and text, so importing it again changes nothing). Throws
   * {@link IllegalArgumentException} for an object with no title and no text.
   */
  static CrawledDocument toDocument(JsonNode node, Instant fetchedAt) {
    ArticleInput given = ExtractionJson.toInput(node);
    String text = given.text().isBlank() ? firstText(node, "body", "content") : given.text();
    java.time.LocalDate published = given.published() != null ? given.published() : lenientDate(node);
    ArticleInput a = new ArticleInput(given.id(), given.url(), given.title(), text, published);
    if (a.title().isBlank() && a.text().isBlank()) {
      throw new IllegalArgumentException("no \"title\" and no \"text\"");
    }
    String url = a.url().strip();
    String id = a.id().strip();
    String canonical = !url.isEmpty() ? url : !id.isEmpty() ? "import:" + id : "import:sha256:" + sha256(a.fullText());
    String source = node.path("source").isTextual() && !node.path("source").asText().isBlank()
        ? node.path("source").asText().strip() : DEFAULT_SOURCE;
    List<String> tags = new ArrayList<>();
    JsonNode t = node.get("tags");
    if (t != null && t.isArray()) {
      t.forEach(v -> {
        if (v.isValueNode() && !v.asText().isBlank()) {
          tags.add(v.asText().strip());
        }
      });
    }
    // an imported article was not fetched: 200 marks it as a usable page, UTF-8 is how JSON came in
    return new CrawledDocument(0, canonical, canonical, source, fetchedAt, 200, "UTF-8", a.title(), a.published(),
        a.text(), sha256(a.text()), 0L, null, tags);
  }

  private static String firstText(JsonNode node, String... fields) {
    for (String f : fields) {
      JsonNode v = node.get(f);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText();
      }
    }
    return "";
  }

  private static final java.util.regex.Pattern SLASHED_DATE =
      java.util.regex.Pattern.compile("^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})");

  /** The {@code published} date under another name or written with slashes or dots, else null. */
  private static java.time.LocalDate lenientDate(JsonNode node) {
    for (String f : new String[] {"published", "date", "published_at"}) {
      JsonNode v = node.get(f);
      if (v == null || !v.isTextual()) {
        continue;
      }
      java.time.LocalDate iso = ExtractionJson.date(v);
      if (iso != null) {
        return iso;
      }
      java.util.regex.Matcher m = SLASHED_DATE.matcher(v.asText().strip());
      if (m.find()) {
        try {
          return java.time.LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
          // not a calendar date: no date rather than a wrong one
        }
      }
    }
    return null;
  }

  static String sha256(String text) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
