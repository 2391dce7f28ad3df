package jiken.crawler;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalUrlsTest {
  static final Source SOURCE = Source.of("kakuu", SourceKind.LISTPAGE, "https://kakuu-news.test/security/");
  static final URI FETCHED = URI.create("https://kakuu-news.test/2025/10/30/kakuu-shoji.html?from=top");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      // same site: trusted, with or without www.
      "https://kakuu-news.test/2025/10/30/kakuu-shoji.html, https://kakuu-news.test/2025/10/30/kakuu-shoji.html",
      "https://www.kakuu-news.test/articles/4821, https://www.kakuu-news.test/articles/4821",
      "https://KAKUU-NEWS.test/articles/4821, https://KAKUU-NEWS.test/articles/4821",
      // another site, the site root, the source's own list page, no path: the fetched URL wins
      "https://syndication.test/2025/10/30/kakuu-shoji.html, https://kakuu-news.test/2025/10/30/kakuu-shoji.html?from=top",
      "https://kakuu-news.test/, https://kakuu-news.test/2025/10/30/kakuu-shoji.html?from=top",
      "https://kakuu-news.test, https://kakuu-news.test/2025/10/30/kakuu-shoji.html?from=top",
      "https://kakuu-news.test/security/, https://kakuu-news.test/2025/10/30/kakuu-shoji.html?from=top",
  })
  void rel_canonical_is_trusted_only_on_the_same_site_and_below_the_root(String canonical, String expected) {
    assertThat(CanonicalUrls.trusted(URI.create(canonical), FETCHED, SOURCE)).isEqualTo(expected);
  }

  @Test
  void no_canonical_means_the_fetched_url() {
    assertThat(CanonicalUrls.trusted(null, FETCHED, SOURCE)).isEqualTo(FETCHED.toString());
  }
}
