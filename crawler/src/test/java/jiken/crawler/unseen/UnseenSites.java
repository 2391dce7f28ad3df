package jiken.crawler.unseen;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import jiken.crawler.FixtureServer;

/**
 * Three fictional news sites written for the "done when" check, with layouts unlike the
 * extraction goldens: a UTF-8 blog-style site with an RSS 2.0 feed (robots group for "jiken",
 * Crawl-delay, redirects, a loop, 429, a 6 MB page, tracking-parameter duplicates); a Shift_JIS
 * table-layout site with an Atom feed, a wrong and a missing header charset, and a sitemap index
 * pointing to a gzipped sitemap with a JSON-LD article; an EUC-JP site with an RSS 1.0 feed,
 * paginated list pages and articles declaring no charset at all. All organisations are invented.
 */
final class UnseenSites implements AutoCloseable {
  static final Charset SJIS = Charset.forName("windows-31j");
  static final Charset EUC = Charset.forName("x-eucJP-Open");

  final FixtureServer minato = new FixtureServer(); // 港湾テックニュース, UTF-8
  final FixtureServer hokuto = new FixtureServer(); // 北斗セキュリティ通信, Shift_JIS
  final FixtureServer shinshu = new FixtureServer(); // 信州サイバー日報, EUC-JP
  final AtomicInteger throttled = new AtomicInteger();

  UnseenSites() throws IOException {
    minato();
    hokuto();
    shinshu();
  }

  static String para(String org, String what, String n) {
    return "<p>架空の" + org + "は、" + what + "と発表した。影響を受けた可能性があるのは約" + n
        + "件で、氏名や連絡先が含まれるという。</p><p>" + org + "は外部の専門家と調査を進めており、"
        + "関係者への個別の連絡と再発防止策の策定を急いでいる。現時点で悪用の報告はない。</p>";
  }

  // ---- 港湾テックニュース: UTF-8, RSS 2.0, section/dl layout ----
  private void minato() {
    FixtureServer s = minato;
    s.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /\n\n"
        + "User-agent: jiken\nDisallow: /members/\nDisallow: /*?print=1$\nCrawl-delay: 0.3\n", UTF_8);
    String b = s.base();
    String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>港湾テックニュース</title>"
        + "<link>" + b + "/</link><description>架空</description>"
        + rss2(b + "/2025/11/04/logistics-breach/", "Mon, 03 Nov 2025 23:00:00 GMT")
        + rss2(b + "/2025/11/04/logistics-breach/?utm_source=rss&amp;utm_medium=feed&amp;fbclid=XyZ", "Mon, 03 Nov 2025 23:00:00 GMT")
        + rss2(b + "/go/7", "Tue, 04 Nov 2025 23:00:00 GMT")
        + rss2(b + "/loop/1", "Tue, 04 Nov 2025 23:00:00 GMT")
        + rss2(b + "/members/report.html", "Tue, 04 Nov 2025 23:00:00 GMT")
        + rss2(b + "/2025/11/06/huge/", "Wed, 05 Nov 2025 23:00:00 GMT")
        + rss2(b + "/2025/11/06/throttled/", "Wed, 05 Nov 2025 23:00:00 GMT")
        + "</channel></rss>";
    s.route("/feed/rss2", conditional("W/\"rss-1\"", "application/rss+xml; charset=UTF-8", rss.getBytes(UTF_8)));
    s.route("/2025/11/04/logistics-breach/", conditional("\"lb\"", "text/html; charset=UTF-8",
        sectionPage("湾岸ロジスティクスの配送管理システムに不正アクセス", "2025年11月4日",
            para("物流会社である湾岸ロジスティクス株式会社", "配送管理システムが不正アクセスを受けた", "4万5千")).getBytes(UTF_8)));
    s.route("/go/7", redirect(b + "/go/7/"));
    s.route("/go/7/", redirect("/2025/11/05/clinic-ransomware/"));
    s.route("/2025/11/05/clinic-ransomware/", conditional("\"cr\"", "text/html; charset=UTF-8",
        sectionPage("白樺クリニックで電子カルテがランサムウェア被害", "2025年11月5日",
            para("医療法人白樺会", "電子カルテシステムがランサムウェアに感染した", "2,300")).getBytes(UTF_8)));
    s.route("/loop/1", redirect("/loop/2"));
    s.route("/loop/2", redirect("/loop/1"));
    s.page("/members/report.html", "text/html", "<p>members only</p>".getBytes(UTF_8));
    byte[] huge = new byte[6 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'a');
    s.page("/2025/11/06/huge/", "text/html; charset=UTF-8", huge);
    s.route("/2025/11/06/throttled/", ex -> {
      if (throttled.incrementAndGet() == 1) {
        ex.getResponseHeaders().set("Retry-After", "1");
        FixtureServer.send(ex, 429, "text/plain", "slow down".getBytes(UTF_8));
        return;
      }
      FixtureServer.send(ex, 200, "text/html; charset=UTF-8", sectionPage("港北信用組合の職員メールが乗っ取り被害",
          "2025年11月6日", para("港北信用組合", "職員のメールアカウントが乗っ取られた", "1,100")).getBytes(UTF_8));
    });
  }

  static String rss2(String link, String date) {
    return "<item><title>記事</title><link>" + link + "</link><pubDate>" + date + "</pubDate></item>";
  }

  static String sectionPage(String title, String date, String body) {
    return "<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>" + title + " - 港湾テックニュース</title></head>"
        + "<body><div id=\"top-bar\"><a href=\"/\">ホーム</a> | <a href=\"/tags/\">タグ一覧</a> | <a href=\"/login\">ログイン</a></div>"
        + "<main id=\"content\"><section class=\"entry\"><header><h2 class=\"entry-title\">" + title + "</h2>"
        + "<dl class=\"meta\"><dt>公開日</dt><dd>" + date + "</dd><dt>カテゴリ</dt><dd>インシデント</dd></dl></header>"
        + "<div class=\"entry-content\">" + body + "</div>"
        + "<p class=\"sns\"><a href=\"#\">ポストする</a> <a href=\"#\">はてブ</a></p></section>"
        + "<section class=\"popular\"><h3>よく読まれている記事</h3><ul><li><a href=\"/p/1\">人気記事の見出しその一がここに入る</a></li>"
        + "<li><a href=\"/p/2\">人気記事の見出しその二がここに入る</a></li></ul></section></main>"
        + "<div id=\"bottom\">運営：港湾テックニュース編集部 お問い合わせ</div></body></html>";
  }

  // ---- 北斗セキュリティ通信: Shift_JIS, Atom, table layout, sitemap index + .xml.gz ----
  private void hokuto() {
    FixtureServer s = hokuto;
    String b = s.base();
    s.text("/robots.txt", "text/plain", "User-agent: *\nDisallow: /cgi-bin/\nSitemap: " + b + "/sitemap_index.xml\n", UTF_8);
    String atom = "<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>北斗セキュリティ通信</title><id>urn:hokuto</id><updated>2025-11-08T09:00:00+09:00</updated>"
        + atomEntry(b + "/news/20251107.html", "2025-11-07T09:00:00+09:00")
        + atomEntry(b + "/news/20251108.html", "2025-11-08T09:00:00+09:00")
        + atomEntry(b + "/cgi-bin/count.cgi", "2025-11-08T09:00:00+09:00")
        + "</feed>";
    s.route("/atom.xml", conditional("\"atom-1\"", "application/atom+xml", atom.getBytes(SJIS)));
    // header says UTF-8, bytes are Shift_JIS: the stale-header case
    s.page("/news/20251107.html", "text/html; charset=utf-8", tablePage("北辰電機の取引先ポータルから情報流出",
        "2025/11/07", para("電機メーカーの北辰電機株式会社", "取引先ポータルから情報が流出した", "8,700")).getBytes(SJIS));
    // no charset in the header, only in the meta tag
    s.page("/news/20251108.html", "text/html", tablePage("雪原大学で学生情報を含むUSBメモリを紛失",
        "2025/11/08", para("学校法人雪原大学", "学生情報を含むUSBメモリを紛失した", "640")).getBytes(SJIS));
    s.page("/sitemap_index.xml", "application/xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>" + b
        + "/sitemaps/2025.xml.gz</loc></sitemap></sitemapindex>").getBytes(UTF_8));
    s.page("/sitemaps/2025.xml.gz", "application/x-gzip", FixtureServer.gzip(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + b + "/feature/zero-trust.html</loc>"
        + "<lastmod>2025-11-09</lastmod></url></urlset>").getBytes(UTF_8)));
    s.page("/feature/zero-trust.html", "text/html; charset=Shift_JIS", jsonLdPage("霧島製薬がVPN機器の脆弱性を突かれ侵入被害",
        "2025-11-09T08:30:00+09:00", para("製薬会社の霧島製薬株式会社", "VPN機器の脆弱性を突かれ社内網に侵入された", "3万"))
        .getBytes(SJIS));
  }

  static String atomEntry(String link, String date) {
    return "<entry><title>記事</title><id>" + link + "</id><link rel=\"alternate\" href=\"" + link + "\"/>"
        + "<updated>" + date + "</updated></entry>";
  }

  static String tablePage(String title, String date, String body) {
    return "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
        + "<title>北斗セキュリティ通信｜" + title + "</title></head><body bgcolor=\"#ffffff\">"
        + "<table width=\"100%\"><tr><td class=\"menu\" width=\"160\"><a href=\"/\">トップページ</a><br><a href=\"/news/\">ニュース一覧</a><br>"
        + "<a href=\"/link.html\">リンク集</a></td><td class=\"main\"><font size=\"4\"><b>" + title + "</b></font><br>"
        + "<font size=\"2\">掲載日：" + date + "</font><hr>" + body + "<hr><font size=\"2\">このページの先頭へ</font></td></tr></table>"
        + "<center><font size=\"1\">(C) 北斗セキュリティ通信 無断転載を禁じます</font></center></body></html>";
  }

  static String jsonLdPage(String title, String date, String body) {
    return "<!DOCTYPE html><html><head><title>" + title + "｜特集｜北斗セキュリティ通信</title>"
        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        + "\"headline\":\"" + title + "\",\"datePublished\":\"" + date + "\"}</script></head><body>"
        + "<div class=\"l-header\"><a href=\"/\">北斗セキュリティ通信</a></div><div class=\"l-body\">"
        + "<div class=\"article\"><div class=\"article__title\">" + title + "</div><figure><img src=\"/i.png\" alt=\"\">"
        + "<figcaption>写真はイメージ</figcaption></figure><div class=\"article__body\">" + body + "</div></div>"
        + "<div class=\"ad-slot\">広告 スポンサーリンク</div></div></body></html>";
  }

  // ---- 信州サイバー日報: EUC-JP, RSS 1.0, list pages, no charset declared on articles ----
  private void shinshu() {
    FixtureServer s = shinshu;
    String b = s.base();
    s.text("/robots.txt", "text/plain", "# 信州サイバー日報\nUser-agent: *\nAllow: /\n", UTF_8);
    String rdf = "<?xml version=\"1.0\" encoding=\"EUC-JP\"?><rdf:RDF xmlns=\"http://purl.org/rss/1.0/\""
        + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<channel rdf:about=\"" + b + "/index.rdf\"><title>信州サイバー日報</title><link>" + b + "/</link>"
        + "<description>架空</description></channel>"
        + "<item rdf:about=\"" + b + "/d/3001\"><title>記事</title><link>" + b + "/d/3001</link>"
        + "<dc:date>2025-11-10T07:00:00+09:00</dc:date></item></rdf:RDF>";
    s.route("/index.rdf", conditional("\"rdf-1\"", "application/rdf+xml", rdf.getBytes(EUC)));
    s.page("/d/3001", "text/html", cardPage("松本精工の設計データが海外から不正閲覧", "2025.11.10",
        para("精密機器メーカーの松本精工株式会社", "設計データが海外から不正に閲覧された", "120")).getBytes(EUC));
    s.page("/archive/", "text/html", listPage(b, 1).getBytes(EUC));
    s.page("/archive/page/2", "text/html", listPage(b, 2).getBytes(EUC));
    s.page("/d/3002", "text/html", cardPage("諏訪観光協会のメールマガジン配信で誤送信", "2025.11.11",
        para("一般社団法人諏訪観光協会", "メールマガジンの宛先を誤って送信した", "2,950")).getBytes(EUC));
    s.page("/d/3003", "text/html", cardPage("安曇野市の委託業者でサーバー設定不備", "2025.11.12",
        para("安曇野市の委託業者である架空の高原システム株式会社", "サーバーの設定不備により情報が閲覧可能だった", "5,600"))
        .getBytes(EUC));
  }

  static String listPage(String b, int n) {
    String items = n == 1
        ? "<li><a href=\"/d/3002?ref=archive&utm_source=list\">諏訪観光協会のメールマガジン配信で誤送信</a></li>"
            + "<li><a href=\"/d/3001\">松本精工の設計データが海外から不正閲覧</a></li>"
        : "<li><a href=\"/d/3003\">安曇野市の委託業者でサーバー設定不備</a></li>";
    String next = n == 1 ? "<a class=\"next\" href=\"/archive/page/2\">次のページ</a>" : "";
    return "<html><head><title>記事一覧</title></head><body><div class=\"gnav\"><a href=\"/about\">日報について</a></div>"
        + "<ul class=\"headlines\">" + items + "</ul><div class=\"pages\">" + next + "</div></body></html>";
  }

  static String cardPage(String title, String date, String body) {
    return "<html><head><title>" + title + " : 信州サイバー日報</title></head><body>"
        + "<div class=\"gnav\"><a href=\"/\">トップ</a> <a href=\"/archive/\">過去記事</a></div>"
        + "<div class=\"card\"><div class=\"card-head\"><span class=\"stamp\">" + date + "</span><h1>" + title + "</h1></div>"
        + "<div class=\"card-text\">" + body + "</div></div>"
        + "<div class=\"card small\"><h4>お知らせ</h4><p>日報は平日の朝に更新します。</p></div>"
        + "<address>信州サイバー日報 編集室</address></body></html>";
  }

  static FixtureServer.Route conditional(String etag, String type, byte[] body) {
    return ex -> {
      ex.getResponseHeaders().set("ETag", etag);
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        FixtureServer.send(ex, 304, null, new byte[0]);
      } else {
        FixtureServer.send(ex, 200, type, body);
      }
    };
  }

  static FixtureServer.Route redirect(String location) {
    return (HttpExchange ex) -> {
      ex.getResponseHeaders().set("Location", location);
      FixtureServer.send(ex, 302, "text/plain", new byte[0]);
    };
  }

  @Override
  public void close() {
    minato.close();
    hokuto.close();
    shinshu.close();
  }
}
