package jiken.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Kept search tokens replay exactly what the analyzer makes: per text, and for a case body made of
 * a live-analysed head and kept article tokens, the same terms, positions and offsets as analysing
 * the whole body at once — so an index built from kept tokens is the index built by analysis.
 */
class AnalyzedTextTest {
  private static final Analyzer ANALYZER = new JapaneseSearchAnalyzer();
  private static final List<String> TEXTS = new ArrayList<>();

  @BeforeAll
  static void texts() throws IOException {
    jiken.indexer.cases.CorpusArticles.read("hard").forEach(a -> TEXTS.add(a.get("text").asText()));
    // widths, spelling variants, base forms, long vowels, stop words at the very end, latin, emoji, empty
    TEXTS.add("ｻｰﾊﾞｰに不正ｱｸｾｽがあり、個人情報が漏洩した。ＥＭＯＴＥＴに感染し、メイルが送られた。");
    TEXTS.add("ランサムウエアの被害を受けたため、システムを停止しました。佐々木氏は「改竄はない」と話した。の");
    TEXTS.add("株式会社テスト🙂は e-mail で 0day 攻撃を受けた…。サーバー・サーバともに停止、これ");
    TEXTS.add("");
    TEXTS.add("。、");
    assertThat(TEXTS).hasSizeGreaterThan(15);
  }

  @Test
  void keptTokensReplayTheAnalysisOfEachText() {
    for (String text : TEXTS) {
      CapturedTokens live = new CapturedTokens();
      live.analyse(ANALYZER, CaseFields.BODY, text, 0);
      CapturedTokens replayed = new CapturedTokens();
      assertThat(AnalyzedText.appendTo(replayed, AnalyzedText.encode(text), text, 0)).isTrue();
      assertThat(dump(replayed)).as(text).isEqualTo(dump(live));
    }
  }

  @Test
  void aBodyOfKeptArticleTokensIsTheBodyAnalysedAtOnce() {
    String head = "通販サイトへの不正アクセスでカード情報流出の恐れ\nくるみ書房、続報を公表\n第2報";
    StringBuilder body = new StringBuilder(head);
    CapturedTokens assembled = new CapturedTokens();
    assembled.analyse(ANALYZER, CaseFields.BODY, head, 0);
    for (String text : TEXTS) {
      body.append('\n');
      int base = body.length();
      body.append(text);
      assertThat(AnalyzedText.appendTo(assembled, AnalyzedText.encode(text), text, base)).isTrue();
    }
    CapturedTokens whole = new CapturedTokens();
    whole.analyse(ANALYZER, CaseFields.BODY, body.toString(), 0);
    assertThat(whole.size()).isGreaterThan(800);
    assertThat(dump(assembled)).isEqualTo(dump(whole));
  }

  @Test
  void shinglesOverCapturedTokensAreTheShingleAnalyzers() throws IOException {
    Analyzer shingles = CaseFields.shingleAnalyzer();
    for (String text : TEXTS) {
      CapturedTokens captured = new CapturedTokens();
      captured.analyse(ANALYZER, CaseFields.BODY, text, 0);
      assertThat(terms(CaseFields.shingles(captured.stream()))).as(text)
          .isEqualTo(terms(shingles.tokenStream(CaseFields.ALL_SHINGLE, text)));
    }
    assertThat(terms(shingles.tokenStream(CaseFields.ALL_SHINGLE, "情報の漏えい"))).contains("_ 漏えい/1/3-6");
  }

  @Test
  void staleCorruptOrMismatchedKeptTokensAreRefusedAndLeaveNothing() {
    String text = TEXTS.get(0);
    byte[] kept = AnalyzedText.encode(text);
    CapturedTokens out = new CapturedTokens();
    assertThat(AnalyzedText.appendTo(out, null, text, 0)).isFalse();
    byte[] stale = kept.clone();
    stale[1] ^= 0x55; // another analyzer's fingerprint
    assertThat(AnalyzedText.appendTo(out, stale, text, 0)).isFalse();
    for (int len = 0; len < kept.length; len++) {
      assertThat(AnalyzedText.appendTo(out, Arrays.copyOf(kept, len), text, 0)).as("truncated to %d", len).isFalse();
    }
    byte[] longer = Arrays.copyOf(kept, kept.length + 1);
    assertThat(AnalyzedText.appendTo(out, longer, text, 0)).isFalse();
    // kept for another version of the text: shorter, or as long but different
    assertThat(AnalyzedText.appendTo(out, kept, text.substring(0, 10), 0)).isFalse();
    assertThat(AnalyzedText.appendTo(out, kept, text.replace("不正アクセス", "不正ログイン"), 0)).isFalse();
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 2000; i++) {
      byte[] garbled = kept.clone();
      garbled[9 + random.nextInt(garbled.length - 9)] = (byte) random.nextInt(256);
      CapturedTokens scratch = new CapturedTokens();
      if (!AnalyzedText.appendTo(scratch, garbled, text, 0)) {
        assertThat(scratch.size()).isZero();
      }
    }
    assertThat(out.size()).isZero();
  }

  @Test
  void aRefusedStreamLeavesWhatWasAppendedBeforeItAsItWas() throws IOException {
    String text = TEXTS.get(0);
    byte[] kept = AnalyzedText.encode(text);
    CapturedTokens out = new CapturedTokens();
    out.analyse(AnalyzedText.ANALYZER, CaseFields.BODY, "個人情報の", 0); // ends with a gap (の removed)
    List<String> before = IndexFixture.captured(out.stream());
    int gap = out.pendingGap();
    for (int len = 9; len < kept.length; len += 7) { // decoding stops part-way, after appending some tokens
      assertThat(AnalyzedText.appendTo(out, Arrays.copyOf(kept, len), text, 6)).isFalse();
      assertThat(IndexFixture.captured(out.stream())).isEqualTo(before);
      assertThat(out.pendingGap()).isEqualTo(gap);
    }
    assertThat(AnalyzedText.appendTo(out, kept, text, 6)).isTrue();
    assertThat(out.size()).isGreaterThan(before.size());
  }

  @Test
  void keptTokensAreCompact() {
    long chars = 0;
    long bytes = 0;
    for (String text : TEXTS) {
      chars += text.length();
      bytes += AnalyzedText.encode(text).length;
    }
    // UTF-8 of the text alone is about 3 bytes a character
    assertThat((double) bytes / chars).isLessThan(2.0);
  }

  private static List<String> dump(CapturedTokens t) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.term(i) + "/" + t.posInc(i) + "/" + t.start(i) + "-" + t.end(i));
    }
    out.add("gap " + t.pendingGap() + " end " + t.finalOffset());
    return out;
  }

  private static List<String> terms(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    try (ts) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term + "/" + inc.getPositionIncrement() + "/" + off.startOffset() + "-" + off.endOffset());
      }
      ts.end();
    }
    return out;
  }
}
