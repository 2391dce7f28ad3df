package jiken.indexer.index;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Kana helpers for matching organisation names by how they sound: hiragana to katakana, a folded
 * "reading key" that forgives long-vowel spellings (トウキョウ, トーキョー and トキョ all give トキョ),
 * and romaji (Hepburn or Kunrei, {@code shi}/{@code si}, {@code tsu}/{@code tu}) to katakana.
 * Stateless and thread-safe.
 */
public final class Kana {
  private static final Map<String, String> ROMAJI = new HashMap<>();
  private static final String O_ROW = "オコソトノホモヨロゴゾドボポョォヲ";
  private static final String U_ROW = "ウクスツヌフムユルグズヅブプュゥヴ";

  static {
    String[] table = {
      "a:ア", "i:イ", "u:ウ", "e:エ", "o:オ",
      "ka:カ", "ki:キ", "ku:ク", "ke:ケ", "ko:コ", "ga:ガ", "gi:ギ", "gu:グ", "ge:ゲ", "go:ゴ",
      "sa:サ", "si:シ", "shi:シ", "su:ス", "se:セ", "so:ソ", "za:ザ", "zi:ジ", "ji:ジ", "zu:ズ", "ze:ゼ", "zo:ゾ",
      "ta:タ", "ti:チ", "chi:チ", "tu:ツ", "tsu:ツ", "te:テ", "to:ト", "da:ダ", "di:ジ", "du:ズ", "de:デ", "do:ド",
      "na:ナ", "ni:ニ", "nu:ヌ", "ne:ネ", "no:ノ", "ha:ハ", "hi:ヒ", "hu:フ", "fu:フ", "he:ヘ", "ho:ホ",
      "ba:バ", "bi:ビ", "bu:ブ", "be:ベ", "bo:ボ", "pa:パ", "pi:ピ", "pu:プ", "pe:ペ", "po:ポ",
      "ma:マ", "mi:ミ", "mu:ム", "me:メ", "mo:モ", "ya:ヤ", "yu:ユ", "yo:ヨ",
      "ra:ラ", "ri:リ", "ru:ル", "re:レ", "ro:ロ", "la:ラ", "li:リ", "lu:ル", "le:レ", "lo:ロ",
      "wa:ワ", "wo:オ", "wi:ウィ", "we:ウェ", "nn:ン", "n':ン",
      "fa:ファ", "fi:フィ", "fe:フェ", "fo:フォ", "va:ヴァ", "vi:ヴィ", "vu:ヴ", "ve:ヴェ", "vo:ヴォ",
      "ja:ジャ", "ju:ジュ", "je:ジェ", "jo:ジョ", "sha:シャ", "shu:シュ", "she:シェ", "sho:ショ",
      "cha:チャ", "chu:チュ", "che:チェ", "cho:チョ", "tsa:ツァ", "thi:ティ", "dhi:ディ",
    };
    for (String pair : table) {
      String[] kv = pair.split(":");
      ROMAJI.put(kv[0], kv[1]);
    }
    // Yōon: kya, sya, tya, zya … (Kunrei spellings of sha, cha, ja included).
    String[][] rows = {{"k", "キ"}, {"g", "ギ"}, {"s", "シ"}, {"z", "ジ"}, {"t", "チ"}, {"c", "チ"}, {"d", "ヂ"},
      {"n", "ニ"}, {"h", "ヒ"}, {"b", "ビ"}, {"p", "ピ"}, {"m", "ミ"}, {"r", "リ"}, {"j", "ジ"}};
    String[][] smalls = {{"a", "ャ"}, {"u", "ュ"}, {"o", "ョ"}};
    for (String[] row : rows) {
      for (String[] small : smalls) {
        ROMAJI.putIfAbsent(row[0] + "y" + small[0], row[1] + small[1]);
      }
    }
  }

  private Kana() {}

  /** Hiragana converted to katakana; everything else unchanged. */
  public static String toKatakana(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= 'ぁ' && c <= 'ゖ' ? (char) (c + 0x60) : c);
    }
    return b.toString();
  }

  /** True if {@code s} (width-folded) is hiragana, katakana and long-vowel marks only (spaces allowed). */
  public static boolean isKana(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
    if (n.isEmpty()) {
      return false;
    }
    return n.codePoints().allMatch(cp -> (cp >= 'ぁ' && cp <= 'ゖ') || (cp >= 'ァ' && cp <= 'ヺ') || cp == 'ー'
        || cp == '・' || cp == ' ');
  }

  /**
   * The folded form two readings are compared in: katakana, width-folded, without long-vowel marks,
   * middle dots or spaces, with ヂ/ヅ/ヲ folded to ジ/ズ/オ and the second vowel of オウ, オオ and ウウ
   * dropped. Latin letters and digits are kept (lower-cased); other characters (kanji without a
   * reading) are kept as they are.
   */
  public static String readingKey(String reading) {
    String k = toKatakana(Normalizer.normalize(reading, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder(k.length());
    for (int i = 0; i < k.length(); i++) {
      char c = k.charAt(i);
      char prev = b.length() == 0 ? 0 : b.charAt(b.length() - 1);
      switch (c) {
        case 'ー', '・', ' ', '　', '-', '\n' -> { }
        case 'ヂ' -> b.append('ジ');
        case 'ヅ' -> b.append('ズ');
        case 'ヲ' -> b.append('オ');
        case 'ウ' -> {
          if (O_ROW.indexOf(prev) < 0 && U_ROW.indexOf(prev) < 0) {
            b.append(c);
          }
        }
        case 'オ' -> {
          if (O_ROW.indexOf(prev) < 0) {
            b.append(c);
          }
        }
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A romaji conversion: the katakana and whether every letter was used. */
  public record Conversion(String katakana, boolean complete) {}

  /**
   * Romaji to katakana, greedily; {@code null} unless {@code s} is ASCII letters (with optional
   * {@code -} or {@code '}). A trailing consonant that does not yet make a syllable (the user is
   * still typing) is dropped and {@code complete} is false; so is a letter that cannot start one.
   */
  public static Conversion fromRomaji(String s) {
    String r = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").strip().toLowerCase(Locale.ROOT);
    if (r.isEmpty() || !r.matches("[a-z'\\- ]+")) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    boolean complete = true;
    int i = 0;
    while (i < r.length()) {
      char c = r.charAt(i);
      if (c == '-' || c == ' ') {
        out.append(c == '-' ? "ー" : "");
        i++;
        continue;
      }
      String hit = null;
      int len = 3;
      for (; len >= 1 && hit == null; len--) {
        if (i + len <= r.length()) {
          hit = ROMAJI.get(r.substring(i, i + len));
        }
      }
      len++;
      if (hit != null) {
        out.append(hit);
        i += len;
      } else if (i + 1 < r.length() && c == r.charAt(i + 1) && "aiueon".indexOf(c) < 0) {
        out.append('ッ'); // a doubled consonant: kk, tt, ss, pp
        i++;
      } else if (c == 't' && i + 1 < r.length() && r.charAt(i + 1) == 'c') {
        out.append('ッ'); // Hepburn tch (matcha)
        i++;
      } else if ((c == 'n' || c == 'm') && (i + 1 == r.length() ? c == 'n' : "aiueoy'".indexOf(r.charAt(i + 1)) < 0)) {
        if (c == 'm' && "bmp".indexOf(r.charAt(i + 1)) < 0) {
          complete = false;
        }
        out.append('ン'); // syllabic n (and Hepburn m before b, m, p: shimbun)
        i++;
      } else {
        complete = false;
        i++;
      }
    }
    return new Conversion(out.toString(), complete);
  }
}
