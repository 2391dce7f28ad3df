package jiken.web.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jiken.crawler.cli.DataDirOption;
import jiken.indexer.cli.Console;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jiken restore --from FILE}: puts a backup in place and rebuilds the search index. */
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = "Restore a backup into the data directory and rebuild the search index from it.")
public final class RestoreCommand implements Callable<Integer> {
  @Mixin DataDirOption data;
  @Option(names = "--from", required = true, paramLabel = "FILE", description = "Backup file to restore.") Path from;
  @Option(names = "--force", description = "Replace an existing database.") boolean force;

  @Override
  public Integer call() throws IOException {
    int cases = Backups.restore(from, data.dataDir(), force);
    Console.out().println("restored " + from + " into " + data.dataDir() + "; index rebuilt with " + cases + " cases");
    return 0;
  }
}
