package jiken.indexer.cli;

import java.util.concurrent.Callable;
import jiken.crawler.cli.DataDirOption;
import jiken.crawler.store.Database;
import jiken.indexer.cases.CaseIndexer;
import jiken.indexer.extract.ArticleExtractor;
import jiken.indexer.index.CaseIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code jiken index}: extracts facts from new and changed documents, builds cases, updates the index. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = "Extract facts from new or changed documents, group them into cases and update the search index."
        + " Incremental: only documents changed since the last run are processed.")
public final class IndexCommand implements Callable<Integer> {
  @Mixin DataDirOption data;

  @Override
  public Integer call() {
    try (Database db = Database.open(data.dataDir()); CaseIndex index = new CaseIndex(data.dataDir())) {
      CaseIndexer.Report r = new CaseIndexer(db, new ArticleExtractor()).run(index);
      Console.out().printf(java.util.Locale.ROOT, "indexed %d documents (%d about incidents); %d cases changed; %d index documents updated in %d ms%n",
          r.documents(), r.incidents(), r.casesTouched(), r.casesInIndex(), r.millis());
      Console.out().flush();
      return 0;
    }
  }
}
