package jiken.crawler.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BodyDecoderTest {
  static final Charset SJIS = Charset.forName("windows-31j");
  static final Charset EUC = Charset.forName("x-eucJP-Open");
  // ① and ㈱ exist in windows-31j but not in strict Shift_JIS: the reason for the mapping
  static final String TEXT = "<html><body><p>㈱架空商事の顧客情報①が流出した可能性があると発表した。"
      + "同社は調査を進めている。引き続き情報を公開する予定である。</p></body></html>";

  @Test
  void header_charset_wins_and_shift_jis_means_windows_31j() {
    Decoded d = BodyDecoder.decode(TEXT.getBytes(SJIS), "text/html; charset=Shift_JIS");
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.charset().name()).isEqualTo("windows-31j");
    assertThat(d.origin()).isEqualTo("header");
  }

  @Test
  void meta_charset_is_used_when_the_header_has_none() {
    String html = "<html><head><meta charset=\"EUC-JP\"></head>" + TEXT.substring(6);
    Decoded d = BodyDecoder.decode(html.getBytes(EUC), "text/html");
    assertThat(d.text()).contains("㈱架空商事の顧客情報①");
    assertThat(d.charset().name()).isEqualTo("x-eucJP-Open");
    assertThat(d.origin()).isEqualTo("meta");
  }

  @Test
  void http_equiv_meta_is_understood() {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=shift_jis\"></head>"
        + TEXT.substring(6);
    Decoded d = BodyDecoder.decode(html.getBytes(SJIS), null);
    assertThat(d.charset().name()).isEqualTo("windows-31j");
    assertThat(d.text()).contains("㈱架空商事");
  }

  @Test
  void charset_is_detected_when_declared_nowhere() {
    assertThat(BodyDecoder.decode(TEXT.getBytes(SJIS), "text/html").charset().name()).isEqualTo("windows-31j");
    assertThat(BodyDecoder.decode(TEXT.getBytes(EUC), null).charset().name()).isEqualTo("x-eucJP-Open");
    Decoded utf8 = BodyDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), null);
    assertThat(utf8.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(utf8.text()).isEqualTo(TEXT);
  }

  @Test
  void a_wrong_header_loses_to_the_bytes() {
    Decoded d = BodyDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8), "text/html; charset=Shift_JIS");
    assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(d.text()).isEqualTo(TEXT);
  }

  @Test
  void bom_beats_everything_and_is_stripped() {
    byte[] body = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
    Decoded d = BodyDecoder.decode(body, "text/html; charset=EUC-JP");
    assertThat(d.origin()).isEqualTo("bom");
    assertThat(d.text()).isEqualTo(TEXT);
  }

  @Test
  void xml_declaration_is_honoured() {
    String xml = "<?xml version=\"1.0\" encoding=\"EUC-JP\"?><rss><title>架空のお知らせ一覧です</title></rss>";
    Decoded d = BodyDecoder.decode(xml.getBytes(EUC), "application/xml");
    assertThat(d.origin()).isEqualTo("xml");
    assertThat(d.text()).contains("架空のお知らせ");
  }

  @Test
  void undecodable_bytes_are_replaced_not_thrown() {
    byte[] junk = {(byte) 0x82, (byte) 0xff, (byte) 0xfe, 0x41, (byte) 0x80};
    assertThat(BodyDecoder.decode(junk, "text/html; charset=utf-8").text()).isNotNull();
  }
}
