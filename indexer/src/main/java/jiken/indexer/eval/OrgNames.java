package jiken.indexer.eval;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The organisation-name key of the scoring rules (PATTERNS.md, last section): NFKC, no white
 * space, no 「」『』 brackets, no legal-form words, no trailing 社. So テモナ株式会社, テモナ社,
 * (株)テモナ and 「テモナ」 all become テモナ. Stateless.
 */
public final class OrgNames {
  /** Legal forms, longest first so 社会医療法人 is removed before 医療法人 could leave 社会. */
  static final List<String> LEGAL_FORMS = List.of(
      "特定非営利活動法人", "地方独立行政法人", "国立研究開発法人", "独立行政法人", "国立大学法人", "公立大学法人",
      "一般社団法人", "一般財団法人", "公益社団法人", "公益財団法人", "社会医療法人", "社会福祉法人",
      "医療法人社団", "医療法人財団", "医療法人", "学校法人", "宗教法人", "株式会社", "有限会社", "合同会社",
      "合資会社", "合名会社", "相互会社", "NPO法人",
      "(株)", "(有)", "(合)", "(同)", "(医)", "(学)", "(社)", "(財)", "(一社)", "(一財)", "(公社)", "(公財)", "(独)");
  private static final Pattern DROP = Pattern.compile("[\\s\\u3000「」『』]");

  private OrgNames() {}

  /** The comparison key of {@code name} (may be empty, e.g. for a bare legal form). */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    // NFKC turns ㈱ into (株) and full-width parentheses into ASCII ones
    String s = DROP.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("");
    for (String form : LEGAL_FORMS) {
      s = s.replace(form, "");
    }
    if (s.length() > 1 && s.endsWith("社")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }
}
