package jiken.crawler;

import jiken.crawler.fetch.FetchResult;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.crawler.store.FrontierAdmissions;
import jiken.crawler.store.FrontierEntry;

/**
 * Processes a successfully fetched body according to its frontier kind: feeds, sitemaps and list
 * pages add URLs to the frontier ({@link LinkPageHandler}); articles are extracted, fingerprinted
 * and stored ({@link ArticlePageHandler}). One instance per run (the link side counts articles
 * queued per source). Thread-safe.
 */
final class PageHandler {
  private final LinkPageHandler links;
  private final ArticlePageHandler articles;

  PageHandler(Database db, DocumentStore documents, FrontierAdmissions frontier, CrawlerConfig config,
      CrawlCounters counters, long runStart) {
    this.links = new LinkPageHandler(frontier, config.maxArticlesPerSource(), counters, runStart);
    this.articles = new ArticlePageHandler(db, documents, counters);
  }

  /**
   * Returns the frontier status to record: {@code done}, {@code skipped} for a non-HTML article
   * or {@code empty} for an article without main text.
   */
  String handle(FrontierEntry e, Source source, FetchResult r, long now) {
    switch (e.kind()) {
      case FEED:
      case SITEMAP:
      case LIST:
        links.handle(e, source, r, now);
        return "done";
      case ARTICLE:
      default:
        return articles.store(e, source, r);
    }
  }
}
