package jiken.crawler.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class UrlNormalizerTest {
  @Test
  void tracking_parameters_fragments_and_case_are_normalised() {
    assertThat(UrlNormalizer.normalize("HTTP://News.Test:80/a/b.html?utm_source=x&id=3&fbclid=abc#top"))
        .isEqualTo("http://news.test/a/b.html?id=3");
    assertThat(UrlNormalizer.normalize("https://news.test/a?utm_custom=1")).isEqualTo("https://news.test/a");
    assertThat(UrlNormalizer.normalize("mailto:x@news.test")).isNull();
    assertThat(UrlNormalizer.normalize("javascript:void(0)")).isNull();
  }

  @Test
  void relative_and_raw_japanese_hrefs_resolve() {
    URI base = URI.create("http://news.test/dir/page.html");
    assertThat(UrlNormalizer.resolve(base, "../記事/1 2.html")).hasToString(
        "http://news.test/%E8%A8%98%E4%BA%8B/1%202.html");
    assertThat(UrlNormalizer.resolve(base, "#frag")).hasToString("http://news.test/dir/page.html");
    assertThat(UrlNormalizer.resolve(base, "")).isNull();
  }

  @Test
  void fingerprints_ignore_width_and_spacing_and_simhash_tolerates_small_edits() {
    String t = "架空商事は10月30日、不正アクセスにより顧客情報が流出した可能性があると発表した。"
        + "同社によると、10月20日に社内のファイルサーバーで不審な通信を検知し、外部の専門家と調査を進めていた。"
        + "流出した可能性があるのは氏名、会社名、メールアドレスなどおよそ1万2千件で、現時点で悪用は確認されていない。"
        + "同社は対象の取引先に個別に連絡するとともに、監視体制の強化や認証方式の見直しなどの再発防止策を講じるとしている。"
        + "警察と個人情報保護委員会にはすでに報告したという。調査は継続中である。";
    assertThat(TextFingerprints.contentHash(t)).isEqualTo(TextFingerprints.contentHash(t.replace("10", "１０") + "\n"));
    long a = TextFingerprints.simhash(t);
    long b = TextFingerprints.simhash(t.replace("継続中", "続行中"));
    long c = TextFingerprints.simhash("まったく別の話題：架空の動物園で新しいパンダの赤ちゃんが生まれ、来園者が増えている。".repeat(3));
    assertThat(TextFingerprints.hammingDistance(a, b)).isLessThanOrEqualTo(NearDuplicates.MAX_DISTANCE);
    assertThat(TextFingerprints.hammingDistance(a, c)).isGreaterThan(10);
  }
}
