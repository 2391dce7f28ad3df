package jiken.indexer.extract;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The comparison key of an organisation name: NFKC, no spaces or 「」『』 brackets, no legal form
 * (株式会社, (株), 医療法人 …) and no trailing 社 — so テモナ株式会社, テモナ社 and (株)テモナ all
 * become テモナ. This is the matching rule of the evaluation guide. Stateless.
 */
public final class OrgNames {
  private static final Pattern LEGAL_FORMS = Pattern.compile(
      "株式会社|有限会社|合同会社|合資会社|合名会社|\\(株\\)|\\(有\\)|㈱|㈲|一般社団法人|一般財団法人|公益社団法人|公益財団法人"
          + "|社会医療法人|医療法人社団|医療法人財団|医療法人|学校法人|国立大学法人|公立大学法人|独立行政法人|地方独立行政法人"
          + "|社会福祉法人|特定非営利活動法人|NPO法人|宗教法人|協同組合");
  private static final Pattern NOISE = Pattern.compile("[\\s「」『』\"“”]");

  private OrgNames() {}

  public static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKC);
    s = NOISE.matcher(s).replaceAll("");
    s = LEGAL_FORMS.matcher(s).replaceAll("");
    if (s.length() > 1 && s.endsWith("社")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }
}
