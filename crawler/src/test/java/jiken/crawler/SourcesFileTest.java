package jiken.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourcesFileTest {
  @Test
  void reads_all_fields_and_skips_bad_entries() {
    String json = "{\"sources\":["
        + "{\"id\":\"a\",\"name\":\"A新聞\",\"kind\":\"feed\",\"url\":\"https://a.test/rss\",\"delay_ms\":250,\"extra\":1},"
        + "{\"id\":\"b\",\"kind\":\"listpage\",\"url\":\"https://b.test/list\",\"link_selector\":\"ul.news a\","
        + "\"next_selector\":\"a.next\",\"max_pages\":5,\"allow\":\"/news/\\\\d+\",\"body_selector\":\"#body\"},"
        + "{\"id\":\"c\",\"kind\":\"podcast\",\"url\":\"https://c.test/\"},"
        + "{\"id\":\"d\",\"kind\":\"feed\",\"url\":\"ftp://d.test/\"},"
        + "{\"id\":\"e\",\"kind\":\"sitemap\",\"url\":\"https://e.test/sitemap.xml\",\"allow\":\"([\"},"
        + "{\"id\":\"a\",\"kind\":\"feed\",\"url\":\"https://dup.test/\"},"
        + "{\"kind\":\"feed\"}]}";
    List<Source> s = SourcesFile.parse(json, "test");
    assertThat(s).extracting(Source::id).containsExactly("a", "b");
    assertThat(s.get(0).delayMs()).isEqualTo(250);
    assertThat(s.get(0).name()).isEqualTo("A新聞");
    Source b = s.get(1);
    assertThat(b.kind()).isEqualTo(SourceKind.LISTPAGE);
    assertThat(b.maxPages()).isEqualTo(5);
    assertThat(b.delayMs()).isEqualTo(Source.DEFAULT_DELAY_MS);
    assertThat(b.allows("https://b.test/news/123")).isTrue();
    assertThat(b.allows("https://b.test/about")).isFalse();
  }

  @Test
  void a_file_that_is_not_json_is_an_error() {
    assertThatThrownBy(() -> SourcesFile.parse("{oops", "x")).isInstanceOf(IllegalArgumentException.class);
  }
}
