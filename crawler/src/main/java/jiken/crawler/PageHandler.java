package jiken.crawler;

import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import jiken.crawler.charset.BodyDecoder;
import jiken.crawler.charset.Decoded;
import jiken.crawler.extract.ArticleExtractor;
import jiken.crawler.extract.ExtractHints;
import jiken.crawler.extract.ExtractedArticle;
import jiken.crawler.feed.FeedEntry;
import jiken.crawler.feed.FeedParser;
import jiken.crawler.fetch.FetchResult;
import jiken.crawler.listpage.ListPage;
import jiken.crawler.listpage.ListPageParser;
import jiken.crawler.sitemap.SitemapContent;
import jiken.crawler.sitemap.SitemapParser;
import jiken.crawler.store.CrawledDocument;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.crawler.store.Frontier;
import jiken.crawler.store.FrontierEntry;
import jiken.crawler.store.FrontierKind;
import jiken.crawler.store.NearDuplicates;
import jiken.crawler.store.TextFingerprints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Processes a successfully fetched body according to its frontier kind: feeds, sitemaps and list
 * pages add URLs to the frontier; articles are extracted, fingerprinted and stored. One instance
 * per run (it counts articles queued per source). Thread-safe.
 */
final class PageHandler {
  private static final Logger LOG = LoggerFactory.getLogger(PageHandler.class);

  private final Database db;
  private final DocumentStore documents;
  private final Frontier frontier;
  private final CrawlerConfig config;
  private final CrawlCounters counters;
  private final long runStart;
  private final Map<String, AtomicInteger> queuedPerSource = new ConcurrentHashMap<>();

  PageHandler(Database db, DocumentStore documents, Frontier frontier, CrawlerConfig config,
      CrawlCounters counters, long runStart) {
    this.db = db;
    this.documents = documents;
    this.frontier = frontier;
    this.config = config;
    this.counters = counters;
    this.runStart = runStart;
  }

  /** Returns the frontier status to record: {@code done}, or {@code empty} for a page without text. */
  String handle(FrontierEntry e, Source source, FetchResult r, long now) {
    switch (e.kind()) {
      case FEED:
        for (FeedEntry fe : FeedParser.parse(r.body(), r.contentType(), r.finalUrl())) {
          offerArticle(source, fe.url(), fe.title(), fe.published(), now);
        }
        return "done";
      case SITEMAP:
        SitemapContent sm = SitemapParser.parse(r.body(), r.contentType(), r.finalUrl());
        for (URI child : sm.sitemaps()) {
          offer(child, source, FrontierKind.SITEMAP, 0, null, null, now, runStart);
        }
        for (SitemapContent.Page p : sm.pages()) {
          offerArticle(source, p.url(), null, p.lastModified(), now);
        }
        return "done";
      case LIST:
        Decoded html = BodyDecoder.decode(r.body(), r.contentType());
        ListPage page = ListPageParser.parse(html.text(), r.finalUrl(), source.linkSelector(), source.nextSelector());
        for (ListPage.Link l : page.articles()) {
          offerArticle(source, l.url(), null, null, now);
        }
        if (page.next() != null && e.depth() + 1 < source.maxPages()) {
          offer(page.next(), source, FrontierKind.LIST, e.depth() + 1, null, null, now, runStart);
        }
        return "done";
      case ARTICLE:
      default:
        return storeArticle(e, source, r);
    }
  }

  private void offerArticle(Source source, URI url, String title, LocalDate published, long now) {
    if (!source.allows(url.toString())) {
      return;
    }
    AtomicInteger n = queuedPerSource.computeIfAbsent(source.id(), k -> new AtomicInteger());
    if (n.get() >= config.maxArticlesPerSource()) {
      return;
    }
    if (offer(url, source, FrontierKind.ARTICLE, 0, title, published, now, 0) && n.incrementAndGet() == config.maxArticlesPerSource()) {
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

  private String storeArticle(FrontierEntry e, Source source, FetchResult r) {
    String type = r.contentType() == null ? "" : r.contentType().toLowerCase(Locale.ROOT);
    if (!type.isEmpty() && !type.contains("html") && !type.contains("xml") && !type.startsWith("text/")) {
      LOG.info("skipping {}: not HTML ({})", e.url(), type);
      return "skipped";
    }
    Decoded html = BodyDecoder.decode(r.body(), r.contentType());
    ExtractHints hints = new ExtractHints(source.titleSelector(), source.bodySelector(), source.publishedSelector());
    ExtractedArticle a = ArticleExtractor.extract(html.text(), r.finalUrl(), hints);
    if (a.text().isBlank()) {
      LOG.warn("no main text found in {}", r.finalUrl());
      return "empty";
    }
    String canonical = trustedCanonical(a.canonicalUrl(), r.finalUrl(), source);
    String title = a.title().isEmpty() && e.hintTitle() != null ? e.hintTitle() : a.title();
    LocalDate published = a.published() != null ? a.published() : e.hintPublished();
    long simhash = TextFingerprints.simhash(a.text());
    CrawledDocument draft = new CrawledDocument(0, r.finalUrl().toString(), canonical, source.id(),
        r.fetchedAt(), r.status(), html.charset().name(), title, published, a.text(),
        TextFingerprints.contentHash(a.text()), simhash, null, a.tags());
    db.inTransaction(c -> {
      Long original = a.text().length() < NearDuplicates.MIN_TEXT_LENGTH ? null
          : NearDuplicates.findOriginal(c, simhash, source.id(), canonical);
      CrawledDocument doc = original == null ? draft : new CrawledDocument(0, draft.url(), canonical,
          source.id(), draft.fetchedAt(), draft.httpStatus(), draft.charset(), title, published, draft.text(),
          draft.contentHash(), simhash, original, draft.tags());
      DocumentStore.Upserted u = documents.upsert(c, doc);
      switch (u.outcome()) {
        case NEW:
          counters.newDocuments.incrementAndGet();
          if (original != null) {
            counters.duplicates.incrementAndGet();
            LOG.info("{} nearly duplicates document {} of another source", canonical, original);
          }
          break;
        case UPDATED:
          counters.updated.incrementAndGet();
          break;
        default:
          counters.unchanged.incrementAndGet();
      }
      if (u.outcome() != DocumentStore.Outcome.UNCHANGED) {
        NearDuplicates.record(c, u.id(), simhash);
      }
      return null;
    });
    return "done";
  }

  /**
   * rel=canonical is honoured only when it stays on the same site and is not the site root or
   * the source's own list URL: broken CMS templates point every article at the home page, which
   * would collapse a whole site into one document.
   */
  static String trustedCanonical(URI canonical, URI fetched, Source source) {
    if (canonical == null) {
      return fetched.toString();
    }
    String path = canonical.getRawPath() == null ? "" : canonical.getRawPath();
    boolean sameSite = bareHost(canonical).equals(bareHost(fetched));
    if (!sameSite || path.isEmpty() || path.equals("/") || canonical.toString().equals(source.url().toString())) {
      return fetched.toString();
    }
    return canonical.toString();
  }

  private static String bareHost(URI u) {
    String h = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }
}
