package jiken.indexer.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import jiken.indexer.analysis.Morphology;
import jiken.indexer.analysis.Token;

/**
 * The reading keys of an organisation name, so a name typed in kana or romaji finds it: Kuromoji
 * readings (user dictionary included) of the name, and of the name without its legal form
 * (株式会社, 医療法人 …), folded with {@link Kana#readingKey}. Words without a reading keep their
 * surface. Stateless and thread-safe.
 */
public final class Readings {
  private static final Pattern LEGAL_FORM = Pattern.compile(
      "^(株式会社|有限会社|合同会社|合資会社|合名会社|一般社団法人|公益社団法人|一般財団法人|公益財団法人|社会福祉法人"
          + "|医療法人社団|医療法人財団|医療法人|学校法人|国立大学法人|独立行政法人|特定非営利活動法人|NPO法人|\\(株\\)|\\(有\\))"
          + "|(株式会社|有限会社|合同会社|\\(株\\)|\\(有\\))$");

  private Readings() {}

  /** The folded reading of {@code text} (see {@link Kana#readingKey}). */
  public static String key(String text) {
    String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder();
    for (Token t : Morphology.tokenize(nfkc)) {
      String s = t.surface();
      if (s.codePoints().allMatch(cp -> cp < 128)) {
        b.append(s.toLowerCase(Locale.ROOT));
      } else if (!t.reading().isEmpty() && !t.reading().equals("*")) {
        b.append(t.reading());
      } else {
        b.append(Kana.toKatakana(s));
      }
    }
    return Kana.readingKey(b.toString());
  }

  /** Reading keys of a name: the whole name, and the name without a leading or trailing legal form. */
  public static List<String> ofName(String name) {
    Set<String> keys = new LinkedHashSet<>();
    String nfkc = Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
    keys.add(key(nfkc));
    String bare = LEGAL_FORM.matcher(nfkc).replaceAll("").strip();
    if (!bare.isEmpty()) {
      keys.add(key(bare));
    }
    keys.removeIf(String::isEmpty);
    return new ArrayList<>(keys);
  }
}
