package jiken.crawler;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import jiken.crawler.charset.BodyDecoder;
import jiken.crawler.feed.FeedEntry;
import jiken.crawler.feed.FeedParser;
import jiken.crawler.fetch.FetchResult;
import jiken.crawler.listpage.ListPage;
import jiken.crawler.listpage.ListPageParser;
import jiken.crawler.sitemap.SitemapContent;
import jiken.crawler.sitemap.SitemapParser;
import jiken.crawler.store.FrontierAdmissions;
import jiken.crawler.store.FrontierEntry;
import jiken.crawler.store.FrontierKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds, sitemaps and list pages: the pages whose only product is more frontier URLs.
 *
 * <ul>
 *   <li>Article links pass the source's {@code allow} regex and a quota of
 *       {@code maxArticlesPerSource} new articles per source per run; the rest is offered again
 *       by the next run, which bounds the first crawl of a source with a huge sitemap or archive.
 *       Feed and sitemap dates and titles ride along as hints for pages that lack them.
 *   <li>Child sitemaps and a list's next page (up to {@code maxPages}) are offered with
 *       {@code refreshBefore = runStart}: when their parent is fetched again they are due again in
 *       this run, because they may list new articles too.
 * </ul>
 *
 * <p>One instance per run (the quota counts per run). Thread-safe.
 */
final class LinkPageHandler {
  private static final Logger LOG = LoggerFactory.getLogger(LinkPageHandler.class);

  private final FrontierAdmissions frontier;
  private final int maxArticlesPerSource;
  private final CrawlCounters counters;
  private final long runStart;
  private final Map<String, AtomicInteger> queuedPerSource = new ConcurrentHashMap<>();

  LinkPageHandler(FrontierAdmissions frontier, int maxArticlesPerSource, CrawlCounters counters, long runStart) {
    this.frontier = frontier;
    this.maxArticlesPerSource = maxArticlesPerSource;
    this.counters = counters;
    this.runStart = runStart;
  }

  /**
   * Offers the URLs found in a fetched feed, sitemap or list page.
   *
   * @throws IllegalArgumentException for an {@link FrontierKind#ARTICLE} entry (caller's bug)
   */
  void handle(FrontierEntry e, Source source, FetchResult r, long now) {
    switch (e.kind()) {
      case FEED:
        for (FeedEntry fe : FeedParser.parse(r.body(), r.contentType(), r.finalUrl())) {
          offerArticle(source, fe.url(), fe.title(), fe.published(), now);
        }
        return;
      case SITEMAP:
        SitemapContent sm = SitemapParser.parse(r.body(), r.contentType(), r.finalUrl());
        for (URI child : sm.sitemaps()) {
          offer(child, source, FrontierKind.SITEMAP, 0, null, null, now, runStart);
        }
        for (SitemapContent.Page p : sm.pages()) {
          offerArticle(source, p.url(), null, p.lastModified(), now);
        }
        return;
      case LIST:
        String html = BodyDecoder.decode(r.body(), r.contentType()).text();
        ListPage page = ListPageParser.parse(html, r.finalUrl(), source.linkSelector(), source.nextSelector());
        for (ListPage.Link l : page.articles()) {
          offerArticle(source, l.url(), null, null, now);
        }
        if (page.next() != null && e.depth() + 1 < source.maxPages()) {
          offer(page.next(), source, FrontierKind.LIST, e.depth() + 1, null, null, now, runStart);
        }
        return;
      default:
        throw new IllegalArgumentException("not a link page: " + e.kind() + " " + e.url());
    }
  }

  private void offerArticle(Source source, URI url, String title, LocalDate published, long now) {
    if (!source.allows(url.toString())) {
      return;
    }
    AtomicInteger n = queuedPerSource.computeIfAbsent(source.id(), k -> new AtomicInteger());
    if (n.get() >= maxArticlesPerSource) {
      return;
    }
    if (offer(url, source, FrontierKind.ARTICLE, 0, title, published, now, 0) && n.incrementAndGet() == maxArticlesPerSource) {
      LOG.info("source {}: {} new articles queued in this run, the rest waits for the next run", source.id(), n.get());
    }
  }

  private boolean offer(URI url, Source source, FrontierKind kind, int depth, String title,
      LocalDate published, long now, long refreshBefore) {
    boolean added = frontier.offer(url.toString(), source.id(), kind, depth, title, published, now, refreshBefore);
    if (added) {
      counters.discovered.incrementAndGet();
    }
    return added;
  }
}
