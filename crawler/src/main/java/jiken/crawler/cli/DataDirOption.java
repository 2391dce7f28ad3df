package jiken.crawler.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --data-dir DIR} option every state-touching command takes (a picocli mixin). All
 * state lives under this directory: {@code jiken.db} (SQLite), {@code index/} (Lucene) and, with
 * {@code crawl --warc}, {@code warc/} (raw responses as WARC).
 */
public final class DataDirOption {
  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "var",
      description = "Data directory holding jiken.db and index/ (default: ${DEFAULT-VALUE}).")
  private Path dataDir;

  public Path dataDir() {
    return dataDir;
  }
}
