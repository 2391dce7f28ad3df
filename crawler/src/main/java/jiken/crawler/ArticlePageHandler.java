package jiken.crawler;

import java.time.LocalDate;
import java.util.Locale;
import jiken.crawler.charset.BodyDecoder;
import jiken.crawler.charset.Decoded;
import jiken.crawler.extract.ArticleExtractor;
import jiken.crawler.extract.ExtractHints;
import jiken.crawler.extract.ExtractedArticle;
import jiken.crawler.fetch.FetchResult;
import jiken.crawler.store.CrawledDocument;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.crawler.store.FrontierEntry;
import jiken.crawler.store.NearDuplicates;
import jiken.crawler.store.TextFingerprints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Article pages: decodes the body, extracts title, date and main text (the source's selectors
 * are hints), picks the URL to store it under ({@link CanonicalUrls}), marks a near-duplicate of
 * another source's document, and upserts the document and its SimHash bands in one transaction.
 * Feed or sitemap hints fill a missing title or date.
 *
 * <p>Outcomes: {@code done}; {@code skipped} for a non-HTML body; {@code empty} when no main text
 * was found. Thread-safe.
 */
final class ArticlePageHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ArticlePageHandler.class);

  private final Database db;
  private final DocumentStore documents;
  private final CrawlCounters counters;

  ArticlePageHandler(Database db, DocumentStore documents, CrawlCounters counters) {
    this.db = db;
    this.documents = documents;
    this.counters = counters;
  }

  /** Stores the article fetched for {@code e}; returns the frontier status to record. */
  String store(FrontierEntry e, Source source, FetchResult r) {
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
    String canonical = CanonicalUrls.trusted(a.canonicalUrl(), r.finalUrl(), source);
    String title = a.title().isEmpty() && e.hintTitle() != null ? e.hintTitle() : a.title();
    LocalDate published = a.published() != null ? a.published() : e.hintPublished();
    long simhash = TextFingerprints.simhash(a.text());
    CrawledDocument draft = new CrawledDocument(0, r.finalUrl().toString(), canonical, source.id(),
        r.fetchedAt(), r.status(), html.charset().name(), title, published, a.text(),
        TextFingerprints.contentHash(a.text()), simhash, null, a.tags());
    db.inTransaction(c -> {
      // Short texts give unstable SimHashes, so they are never marked as duplicates.
      Long original = a.text().length() < NearDuplicates.MIN_TEXT_LENGTH ? null
          : NearDuplicates.findOriginal(c, simhash, source.id(), canonical);
      CrawledDocument doc = original == null ? draft : new CrawledDocument(0, draft.url(), canonical,
          source.id(), draft.fetchedAt(), draft.httpStatus(), draft.charset(), title, published, draft.text(),
          draft.contentHash(), simhash, original, draft.tags());
      DocumentStore.Upserted u = documents.upsert(c, doc);
      count(u.outcome(), original, canonical);
      if (u.outcome() != DocumentStore.Outcome.UNCHANGED) {
        NearDuplicates.record(c, u.id(), simhash);
      }
      return null;
    });
    return "done";
  }

  private void count(DocumentStore.Outcome outcome, Long original, String canonical) {
    switch (outcome) {
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
  }
}
