package jiken.crawler.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {
  static final URI BASE = URI.create("http://news.test/feed");

  @Test
  void rss1_rdf_in_shift_jis_with_dc_date() {
    String xml = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?>"
        + "<rdf:RDF xmlns=\"http://purl.org/rss/1.0/\" xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel rdf:about=\"http://news.test/\"><title>架空</title>"
        + "<link>http://news.test/</link><description>d</description></channel>"
        + "<item rdf:about=\"http://news.test/a/1\"><title>①架空社で情報漏えい</title><link>http://news.test/a/1</link>"
        + "<dc:date>2025-10-30T23:30:00Z</dc:date></item></rdf:RDF>";
    List<FeedEntry> e = FeedParser.parse(xml.getBytes(Charset.forName("windows-31j")), "application/rdf+xml", BASE);
    assertThat(e).singleElement().satisfies(x -> {
      assertThat(x.url()).hasToString("http://news.test/a/1");
      assertThat(x.title()).isEqualTo("①架空社で情報漏えい");
      assertThat(x.published()).isEqualTo(LocalDate.of(2025, 10, 31)); // 08:30 in Japan
    });
  }

  @Test
  void rss2_with_relative_link_and_tracking_parameters() {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>t</title>"
        + "<link>http://news.test/</link><description>d</description>"
        + "<item><title>架空銀行に不正アクセス</title><link>/a/2?utm_source=rss&amp;id=5</link>"
        + "<pubDate>Thu, 30 Oct 2025 10:00:00 +0900</pubDate></item></channel></rss>";
    List<FeedEntry> e = FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), "application/rss+xml", BASE);
    assertThat(e).singleElement().satisfies(x -> {
      assertThat(x.url()).hasToString("http://news.test/a/2?id=5");
      assertThat(x.published()).isEqualTo(LocalDate.of(2025, 10, 30));
    });
  }

  @Test
  void atom_in_euc_jp() {
    String xml = "<?xml version=\"1.0\" encoding=\"EUC-JP\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>架空</title><id>urn:x</id><updated>2025-10-30T00:00:00Z</updated>"
        + "<entry><title>架空大学でランサムウェア被害</title><id>urn:1</id>"
        + "<link rel=\"alternate\" href=\"http://news.test/a/3\"/><published>2025-10-29T12:00:00+09:00</published>"
        + "<updated>2025-10-30T12:00:00+09:00</updated></entry></feed>";
    List<FeedEntry> e = FeedParser.parse(xml.getBytes(Charset.forName("x-eucJP-Open")), "application/atom+xml", BASE);
    assertThat(e).singleElement().satisfies(x -> {
      assertThat(x.title()).isEqualTo("架空大学でランサムウェア被害");
      assertThat(x.published()).isEqualTo(LocalDate.of(2025, 10, 29));
    });
  }

  @Test
  void broken_feed_rome_rejects_is_read_leniently() {
    // an unescaped & and an unclosed tag: not well-formed XML
    String xml = "\n\n<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>A & B</title>"
        + "<item><title>架空社 & 子会社で被害<br></title><link>http://news.test/a/4</link>"
        + "<pubDate>Wed, 29 Oct 2025 09:00:00 +0900</pubDate></item>"
        + "<item><title>二件目</title><link>http://news.test/a/5</link></item></channel></rss>";
    List<FeedEntry> e = FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8), null, BASE);
    assertThat(e).extracting(x -> x.url().toString()).containsExactly("http://news.test/a/4", "http://news.test/a/5");
    assertThat(e.get(0).published()).isEqualTo(LocalDate.of(2025, 10, 29));
  }

  @Test
  void garbage_gives_no_entries_and_no_exception() {
    assertThat(FeedParser.parse(new byte[] {0, 1, 2, (byte) 0xff}, "application/rss+xml", BASE)).isEmpty();
    assertThat(FeedParser.parse("<html><body>not a feed</body></html>".getBytes(StandardCharsets.UTF_8), null, BASE)).isEmpty();
  }
}
