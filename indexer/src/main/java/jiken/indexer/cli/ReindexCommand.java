package jiken.indexer.cli;

import java.util.concurrent.Callable;
import jiken.crawler.cli.DataDirOption;
import jiken.crawler.store.Database;
import jiken.indexer.cases.CaseIndexer;
import jiken.indexer.extract.ArticleExtractor;
import jiken.indexer.index.CaseIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code jiken reindex}: rebuilds the Lucene index from the case records in SQLite. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuild the search index from the case records in SQLite (the index is derived data).")
public final class ReindexCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

  @Override
  public Integer call() {
    try (Database db = Database.open(data.dataDir()); CaseIndex index = new CaseIndex(data.dataDir())) {
      CaseIndexer.Report r = new CaseIndexer(db, new ArticleExtractor()).rebuild(index);
      Console.out().printf(java.util.Locale.ROOT, "reindexed %d cases in %d ms%n", r.casesInIndex(), r.millis());
      Console.out().flush();
      return 0;
    }
  }
}
