package jiken.crawler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import jiken.crawler.store.FrontierAdmissions;
import jiken.crawler.store.FrontierKind;
import jiken.crawler.store.SourceStore;
import jiken.crawler.store.UrlNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts each source's own URL (feed, sitemap or first list page) into the frontier at the start of
 * a run and records the source in the {@code sources} table. A source that cannot be seeded is
 * logged and left out of the run. Thread-safe.
 */
final class SourceSeeder {
  private static final Logger LOG = LoggerFactory.getLogger(Crawler.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final SourceStore sourceStore;
  private final FrontierAdmissions frontier;

  SourceSeeder(SourceStore sourceStore, FrontierAdmissions frontier) {
    this.sourceStore = sourceStore;
    this.frontier = frontier;
  }

  /** Seeds every source; returns the ones seeded, by id, in the given order. */
  Map<String, Source> seed(List<Source> sources, long now) {
    Map<String, Source> byId = new LinkedHashMap<>();
    for (Source s : sources) {
      String url = UrlNormalizer.normalize(s.url().toString());
      if (url == null) {
        LOG.warn("source {}: cannot crawl {}", s.id(), s.url());
        continue;
      }
      try {
        sourceStore.save(s.id(), s.name(), s.kind().name().toLowerCase(Locale.ROOT), url, describe(s));
        frontier.seed(url, s.id(), kindOf(s.kind()), now);
        byId.put(s.id(), s);
      } catch (RuntimeException e) {
        LOG.error("source {}: cannot seed {}: {}", s.id(), url, e.toString());
      }
    }
    return byId;
  }

  private static FrontierKind kindOf(SourceKind k) {
    switch (k) {
      case FEED: return FrontierKind.FEED;
      case SITEMAP: return FrontierKind.SITEMAP;
      default: return FrontierKind.LIST;
    }
  }

  /** The source as JSON in the sources.json vocabulary, for the {@code sources} table. */
  private static String describe(Source s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("name", s.name());
    m.put("kind", s.kind().name().toLowerCase(Locale.ROOT));
    m.put("url", s.url().toString());
    m.put("link_selector", s.linkSelector());
    m.put("next_selector", s.nextSelector());
    m.put("max_pages", s.maxPages());
    m.put("title_selector", s.titleSelector());
    m.put("body_selector", s.bodySelector());
    m.put("published_selector", s.publishedSelector());
    m.put("allow", s.allow() == null ? null : s.allow().pattern());
    m.put("delay_ms", s.delayMs());
    m.values().removeIf(Objects::isNull);
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings and numbers always serialises", e);
    }
  }
}
