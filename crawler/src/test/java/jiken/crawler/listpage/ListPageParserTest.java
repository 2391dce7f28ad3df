package jiken.crawler.listpage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class ListPageParserTest {
  static final URI PAGE = URI.create("http://news.test/security/");
  static final String HTML = "<html><body><header><nav><a href=\"/security/2025/10/30/nav-item-long-title\">ナビゲーションの長いリンクテキストです</a></nav></header>"
      + "<main><ul class=\"list\">"
      + "<li><a href=\"/security/2025/10/30/kakuu-1.html?utm_source=top\">架空商事で不正アクセス、顧客情報流出の可能性</a></li>"
      + "<li><a href=\"/articles/48213\">架空病院</a></li>"
      + "<li><a href=\"/tag/ransomware\">ランサムウェアの記事一覧を見る（タグ）</a></li>"
      + "<li><a href=\"http://other.test/2025/10/30/x\">他サイトの記事へのリンクテキストです</a></li>"
      + "</ul><div class=\"pagination\"><a href=\"?page=2\">次へ</a></div></main>"
      + "<aside class=\"ranking\"><a href=\"/articles/99999\">ランキング上位の記事のタイトルです</a></aside></body></html>";

  @Test
  void generic_rule_picks_article_links_and_finds_the_next_page() {
    ListPage p = ListPageParser.parse(HTML, PAGE, null, null);
    assertThat(p.articles()).extracting(l -> l.url().toString()).containsExactly(
        "http://news.test/security/2025/10/30/kakuu-1.html", "http://news.test/articles/48213");
    assertThat(p.next()).hasToString("http://news.test/security/?page=2");
  }

  @Test
  void selectors_from_the_source_take_precedence() {
    ListPage p = ListPageParser.parse(HTML, PAGE, "aside.ranking a", ".pagination a");
    assertThat(p.articles()).extracting(l -> l.url().toString()).containsExactly("http://news.test/articles/99999");
    assertThat(p.next()).hasToString("http://news.test/security/?page=2");
  }

  @Test
  void a_broken_selector_falls_back_to_the_generic_rule() {
    assertThat(ListPageParser.parse(HTML, PAGE, "a[[[", "]]").articles()).hasSize(2);
  }
}
