package jiken.web.cli;

import jiken.crawler.cli.CrawlCommand;
import jiken.indexer.cli.EvalCommand;
import jiken.indexer.cli.ExtractCommand;
import jiken.indexer.cli.ImportCommand;
import jiken.indexer.cli.IndexCommand;
import jiken.indexer.cli.ReindexCommand;
import jiken.web.auth.UserCommand;
import jiken.web.export.ExportCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jiken} command: every module's subcommands in one executable jar. */
@Command(name = "jiken", mixinStandardHelpOptions = true, version = "jiken 0.1.0",
    description = "Jiken (事件): a knowledge base of Japanese security incidents.",
    subcommands = {CrawlCommand.class, ImportCommand.class, IndexCommand.class, ReindexCommand.class,
        ServeCommand.class, DemoCommand.class, ExtractCommand.class, EvalCommand.class, ExportCommand.class,
        UserCommand.class, jiken.web.backup.BackupCommand.class, jiken.web.backup.RestoreCommand.class,
        jiken.web.bench.BenchCommand.class})
public final class Main implements Runnable {
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line (tests run commands through it). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      if (e instanceof IllegalArgumentException) {
        cmd.getErr().println("error: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    return cl;
  }

  @Override
  public void run() {
    CommandLine.usage(this, jiken.indexer.cli.Console.out());
  }
}
