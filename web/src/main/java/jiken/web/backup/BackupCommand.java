package jiken.web.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jiken.crawler.cli.DataDirOption;
import jiken.indexer.cli.Console;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jiken backup --to FILE}: a consistent copy of the database, safe while serving. */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = "Write a consistent copy of the database (SQLite online backup; safe while serve or index run)."
        + " The search index is derived data: restore rebuilds it.")
public final class BackupCommand implements Callable<Integer> {
  @Mixin DataDirOption data;
  @Option(names = "--to", required = true, paramLabel = "FILE", description = "Backup file to write.") Path to;

  @Override
  public Integer call() throws IOException {
    Backups.backup(data.dataDir(), to);
    Console.out().println("backed up " + data.dataDir().resolve("jiken.db") + " to " + to);
    return 0;
  }
}
