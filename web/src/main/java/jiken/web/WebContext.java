package jiken.web;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import jiken.crawler.store.Database;
import jiken.indexer.cases.CaseLinkStore;
import jiken.indexer.cases.CaseStore;
import jiken.indexer.index.CaseIndex;
import jiken.indexer.index.CaseSearcher;
import jiken.indexer.index.SearchRequest;
import jiken.indexer.index.SearchResult;
import jiken.web.limits.SearchGate;

/**
 * What the web layer reads: the SQLite stores and the search index of one data directory, plus
 * whether the site is ready (a demo is ready once its crawl and index run have finished).
 * Thread-safe; {@link #close()} releases everything.
 */
public final class WebContext implements AutoCloseable {
  private final Database db;
  private final CaseStore cases;
  private final CaseLinkStore links;
  private final CaseIndex index;
  private final CaseSearcher searcher;
  private final SearchGate gate = SearchGate.forThisMachine();
  private final AtomicBoolean ready = new AtomicBoolean();
  private final boolean demo;
  private volatile String status = "starting";

  public WebContext(Path dataDir, boolean demo) {
    this.db = Database.open(dataDir);
    this.cases = new CaseStore(db);
    this.links = new CaseLinkStore(db);
    this.index = new CaseIndex(dataDir);
    this.searcher = new CaseSearcher(index);
    this.demo = demo;
  }

  public Database db() {
    return db;
  }

  public CaseStore cases() {
    return cases;
  }

  public CaseLinkStore links() {
    return links;
  }

  public CaseIndex index() {
    return index;
  }

  public CaseSearcher searcher() {
    return searcher;
  }

  /**
   * {@code request} searched as readers' requests are: through the {@link SearchGate}, so no more
   * searches run at once than there are cores (one more when it is answered from what the searcher
   * keeps). Routes search through here, not {@link #searcher()}.
   */
  public SearchResult search(SearchRequest request) {
    return gate.run(() -> searcher.search(request), searcher.answersFromCache(request));
  }

  public boolean demo() {
    return demo;
  }

  public boolean ready() {
    return ready.get();
  }

  public String status() {
    return status;
  }

  /** Marks the site ready (or not) with a short status for {@code /healthz}. */
  public void setReady(boolean isReady, String newStatus) {
    this.status = newStatus;
    ready.set(isReady);
  }

  @Override
  public void close() {
    index.close();
    db.close();
  }
}
