package jiken.web.cli;

import java.nio.file.Path;
import java.util.List;
import jiken.crawler.CrawlReport;
import jiken.crawler.Crawler;
import jiken.crawler.CrawlerConfig;
import jiken.crawler.Source;
import jiken.crawler.SourcesFile;
import jiken.indexer.cases.CaseIndexer;
import jiken.indexer.extract.ArticleExtractor;
import jiken.web.WebContext;

/** Crawl, then index, in-process: what {@code demo} and {@code serve --crawl-every} run. */
final class Pipeline {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Pipeline.class);

  private Pipeline() {}

  static List<Source> loadSources(Path file) {
    return SourcesFile.load(file);
  }

  /** Crawls {@code sources} into the context's database and indexes what changed. */
  static CaseIndexer.Report crawlAndIndex(WebContext web, List<Source> sources, CrawlerConfig config) {
    try (Crawler crawler = new Crawler(config == null ? CrawlerConfig.defaults() : config, web.db())) {
      CrawlReport report = crawler.crawlOnce(sources);
      LOG.info("crawl finished: {}", report);
    }
    CaseIndexer.Report r = new CaseIndexer(web.db(), new ArticleExtractor()).run(web.index());
    LOG.info("index finished: {} documents, {} cases changed", r.documents(), r.casesTouched());
    return r;
  }
}
