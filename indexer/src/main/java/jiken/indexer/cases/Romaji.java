package jiken.indexer.cases;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import jiken.indexer.analysis.Morphology;
import jiken.indexer.analysis.Token;

/**
 * Hepburn-style romanisation of Japanese names via Kuromoji readings, for readable case ids
 * (ミナトコマース → minatokomasu, 北陽信用金庫 → hokuyoshinyokinko). Long vowels are dropped;
 * characters without a reading are skipped. Stateless and thread-safe.
 */
public final class Romaji {
  private static final Map<String, String> KANA = new HashMap<>();

  static {
    String[] table = {
      "キャ:kya", "キュ:kyu", "キョ:kyo", "シャ:sha", "シュ:shu", "ショ:sho", "チャ:cha", "チュ:chu", "チョ:cho",
      "ニャ:nya", "ニュ:nyu", "ニョ:nyo", "ヒャ:hya", "ヒュ:hyu", "ヒョ:hyo", "ミャ:mya", "ミュ:myu", "ミョ:myo",
      "リャ:rya", "リュ:ryu", "リョ:ryo", "ギャ:gya", "ギュ:gyu", "ギョ:gyo", "ジャ:ja", "ジュ:ju", "ジョ:jo",
      "ビャ:bya", "ビュ:byu", "ビョ:byo", "ピャ:pya", "ピュ:pyu", "ピョ:pyo", "ティ:ti", "ディ:di", "ファ:fa",
      "フィ:fi", "フェ:fe", "フォ:fo", "ウィ:wi", "ウェ:we", "ヴァ:va", "ヴィ:vi", "ヴ:vu", "シェ:she", "ジェ:je", "チェ:che",
      "ア:a", "イ:i", "ウ:u", "エ:e", "オ:o", "カ:ka", "キ:ki", "ク:ku", "ケ:ke", "コ:ko", "サ:sa", "シ:shi", "ス:su",
      "セ:se", "ソ:so", "タ:ta", "チ:chi", "ツ:tsu", "テ:te", "ト:to", "ナ:na", "ニ:ni", "ヌ:nu", "ネ:ne", "ノ:no",
      "ハ:ha", "ヒ:hi", "フ:fu", "ヘ:he", "ホ:ho", "マ:ma", "ミ:mi", "ム:mu", "メ:me", "モ:mo", "ヤ:ya", "ユ:yu",
      "ヨ:yo", "ラ:ra", "リ:ri", "ル:ru", "レ:re", "ロ:ro", "ワ:wa", "ヲ:o", "ン:n", "ガ:ga", "ギ:gi", "グ:gu",
      "ゲ:ge", "ゴ:go", "ザ:za", "ジ:ji", "ズ:zu", "ゼ:ze", "ゾ:zo", "ダ:da", "ヂ:ji", "ヅ:zu", "デ:de", "ド:do",
      "バ:ba", "ビ:bi", "ブ:bu", "ベ:be", "ボ:bo", "パ:pa", "ピ:pi", "プ:pu", "ペ:pe", "ポ:po", "ァ:a", "ィ:i",
      "ゥ:u", "ェ:e", "ォ:o", "ャ:ya", "ュ:yu", "ョ:yo"
    };
    for (String pair : table) {
      String[] kv = pair.split(":");
      KANA.put(kv[0], kv[1]);
    }
  }

  private Romaji() {}

  /** Lower-case ASCII romanisation; Latin letters and digits pass through. */
  public static String of(String name) {
    String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder();
    for (Token t : Morphology.tokenize(nfkc)) {
      String s = t.surface();
      if (s.codePoints().allMatch(cp -> cp < 128)) {
        out.append(s.toLowerCase(Locale.ROOT));
      } else {
        String kana = t.reading().isEmpty() ? toKatakana(s) : t.reading();
        out.append(kanaToRomaji(kana));
      }
      out.append(' ');
    }
    return out.toString();
  }

  private static String toKatakana(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(ch -> b.append(ch >= 'ぁ' && ch <= 'ゖ' ? (char) (ch + 0x60) : (char) ch));
    return b.toString();
  }

  static String kanaToRomaji(String kana) {
    StringBuilder out = new StringBuilder();
    boolean sokuon = false;
    for (int i = 0; i < kana.length(); i++) {
      String two = i + 2 <= kana.length() ? kana.substring(i, i + 2) : null;
      String roma;
      if (two != null && KANA.containsKey(two)) {
        roma = KANA.get(two);
        i++;
      } else {
        char ch = kana.charAt(i);
        if (ch == 'ッ') {
          sokuon = true;
          continue;
        }
        roma = KANA.get(String.valueOf(ch));
        if (roma == null) {
          continue; // ー and unknown characters
        }
      }
      if (sokuon) {
        out.append(roma.startsWith("ch") ? 't' : roma.charAt(0));
        sokuon = false;
      }
      out.append(roma);
    }
    return out.toString();
  }
}
