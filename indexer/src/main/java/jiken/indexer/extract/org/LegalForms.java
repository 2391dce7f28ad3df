package jiken.indexer.extract.org;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Japanese legal forms (株式会社, (株), 医療法人社団, 国立大学法人 …) and the matching key of an
 * organisation name: NFKC, no spaces or 「」『』 brackets, no legal forms, no trailing 社 — the same
 * normalisation the evaluation applies, so two literal forms of one organisation share a key.
 * Stateless and thread-safe.
 */
final class LegalForms {
  /** Forms written before the name, longest first so 医療法人社団 wins over 医療法人. */
  static final List<String> PREFIX = List.of("特定非営利活動法人", "地方独立行政法人", "国立研究開発法人", "独立行政法人",
      "国立大学法人", "公立大学法人", "公益社団法人", "公益財団法人", "一般社団法人", "一般財団法人", "社会医療法人",
      "医療法人社団", "医療法人財団", "医療法人", "社会福祉法人", "学校法人", "宗教法人", "農業協同組合", "株式会社", "有限会社",
      "合同会社", "合資会社", "合名会社", "(株)", "（株）", "㈱", "(有)", "（有）", "㈲", "NPO法人");
  /** Forms written after the name. */
  static final List<String> SUFFIX = List.of("株式会社", "有限会社", "合同会社", "合資会社", "合名会社", "(株)", "（株）", "㈱",
      "(有)", "（有）", "㈲");

  private static final Pattern SPACES_AND_BRACKETS = Pattern.compile("[\\s「」『』]");
  private static final Pattern ANY_FORM;

  static {
    StringBuilder sb = new StringBuilder();
    for (String f : PREFIX) {
      sb.append(sb.length() == 0 ? "" : "|").append(Pattern.quote(Normalizer.normalize(f, Normalizer.Form.NFKC)));
    }
    ANY_FORM = Pattern.compile(sb.toString());
  }

  private LegalForms() {}

  /** Whether {@code name} carries a legal form. */
  static boolean hasForm(String name) {
    return ANY_FORM.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).find();
  }

  /**
   * Keys already computed on this thread. Merging compares every mention with every organisation,
   * so one article asks for the key of the same few names hundreds of times, and NFKC plus two
   * regex replacements per call was the largest cost of organisation finding on long articles.
   * Bounded (cleared when full), per thread, so no locking.
   */
  private static final ThreadLocal<java.util.Map<String, String>> KEYS =
      ThreadLocal.withInitial(() -> new java.util.HashMap<>(256));
  private static final int MAX_CACHED = 4096;

  /** The matching key: NFKC, no spaces, brackets, legal forms, or trailing 社. */
  static String key(String name) {
    java.util.Map<String, String> cache = KEYS.get();
    String k = cache.get(name);
    if (k == null) {
      if (cache.size() >= MAX_CACHED) {
        cache.clear();
      }
      k = computeKey(name);
      cache.put(name, k);
    }
    return k;
  }

  private static String computeKey(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
    s = SPACES_AND_BRACKETS.matcher(s).replaceAll("");
    s = ANY_FORM.matcher(s).replaceAll("");
    if (s.length() > 1 && s.endsWith("社")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }

  /**
   * A looser key that also merges an acronym with its katakana spelling (NTTデータ and
   * エヌ・ティ・ティ・データ): Latin capitals become their katakana letter names and ・ is dropped.
   */
  static String readingKey(String name) {
    String k = key(name);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        sb.append(LETTERS[c - 'A']);
      } else if (c != '・' && c != '･' && c != 'ー') {
        sb.append(c);
      }
    }
    return sb.toString().replace("ー", "");
  }

  private static final String[] LETTERS = {"エー", "ビー", "シー", "ディー", "イー", "エフ", "ジー", "エイチ", "アイ", "ジェー",
      "ケー", "エル", "エム", "エヌ", "オー", "ピー", "キュー", "アール", "エス", "ティー", "ユー", "ブイ", "ダブリュー",
      "エックス", "ワイ", "ゼット"};
}
