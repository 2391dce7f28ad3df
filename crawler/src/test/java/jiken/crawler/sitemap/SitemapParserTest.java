package jiken.crawler.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class SitemapParserTest {
  static final String URLSET = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
      + "<url><loc>http://news.test/a/1</loc><lastmod>2025-10-30</lastmod></url>"
      + "<url><loc>http://news.test/a/2?utm_campaign=x</loc></url></urlset>";

  static byte[] gzip(byte[] raw) throws IOException {
    ByteArrayOutputStream bos = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
      gz.write(raw);
    }
    return bos.toByteArray();
  }

  @Test
  void a_sitemap_in_a_subdirectory_lists_articles_elsewhere_on_the_site() {
    // crawler-commons flags these URLs invalid even in non-strict mode; they must not be dropped.
    SitemapContent c = SitemapParser.parse(URLSET.getBytes(StandardCharsets.UTF_8), "application/xml",
        URI.create("http://news.test/sitemaps/news-2025.xml"));
    assertThat(c.pages()).extracting(p -> p.url().getPath()).containsExactly("/a/1", "/a/2");
  }

  @Test
  void index_lists_child_sitemaps() {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
        + "<sitemap><loc>http://news.test/sitemap-1.xml.gz</loc></sitemap>"
        + "<sitemap><loc>http://news.test/sitemap-2.xml</loc></sitemap></sitemapindex>";
    SitemapContent c = SitemapParser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/xml",
        URI.create("http://news.test/sitemap.xml"));
    assertThat(c.sitemaps()).extracting(URI::toString)
        .containsExactly("http://news.test/sitemap-1.xml.gz", "http://news.test/sitemap-2.xml");
    assertThat(c.pages()).isEmpty();
  }

  @Test
  void gzipped_sitemap_with_any_content_type() throws IOException {
    for (String type : new String[] {"application/x-gzip", "application/octet-stream", null}) {
      SitemapContent c = SitemapParser.parse(gzip(URLSET.getBytes(StandardCharsets.UTF_8)), type,
          URI.create("http://news.test/sitemap-1.xml.gz"));
      assertThat(c.pages()).extracting(p -> p.url().toString())
          .containsExactly("http://news.test/a/1", "http://news.test/a/2");
      assertThat(c.pages().get(0).lastModified()).isEqualTo(LocalDate.of(2025, 10, 30));
    }
  }

  @Test
  void already_inflated_gz_sitemap_still_parses() {
    // served with Content-Encoding: gzip, so the fetcher already inflated it
    SitemapContent c = SitemapParser.parse(URLSET.getBytes(StandardCharsets.UTF_8), "application/x-gzip",
        URI.create("http://news.test/sitemap-1.xml.gz"));
    assertThat(c.pages()).hasSize(2);
  }

  @Test
  void broken_sitemap_is_empty_not_an_exception() {
    SitemapContent c = SitemapParser.parse("<urlset><url><loc>".getBytes(StandardCharsets.UTF_8), "text/xml",
        URI.create("http://news.test/sitemap.xml"));
    assertThat(c.pages()).isEmpty();
  }
}
