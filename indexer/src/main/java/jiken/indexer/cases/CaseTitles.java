package jiken.indexer.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import jiken.indexer.extract.OrgFact;
import jiken.indexer.extract.OrgNames;

/**
 * The title of a case. A notice title (「弊社…に関するお詫び(第1報)」, 「…発生のお知らせ」) says
 * neither who nor what to a reader who arrives from search, so the earliest news headline that
 * names one of the case's organisations is preferred, then any news headline; when every article
 * is a notice, the title is made from the facts: {@code <organisation>: <type>(YYYY年M月)}.
 * Stateless.
 */
final class CaseTitles {
  /** Notice wording: first-person openings, apologies and announcements, numbered reports. */
  private static final Pattern NOTICE = Pattern.compile(
      "^[\\s「]*(弊社|当社|弊行|当行|本学|当院|弊院|当法人|本市|当市|当組合)|お詫び|おわび|お知らせ|ご報告|ご案内|ご連絡"
          + "|について\\s*$|第\\s*[0-9０-９一二三四五六七八九十]+\\s*報");
  private static final int MIN_NAME = 2;

  private CaseTitles() {}

  /**
   * @param byDate the case's articles, earliest report first
   * @param orgs the case's merged organisations
   * @param types incident type codes, most prominent first
   * @param firstDate the earliest event date (ISO partial) for the made-up title
   */
  static String of(List<CaseMember> byDate, Collection<CaseRecord.Org> orgs, Set<String> types, String firstDate) {
    List<String> names = names(orgs);
    String anyNews = null;
    for (CaseMember m : byDate) {
      String title = m.document().title().strip();
      if (title.isEmpty() || isNotice(title)) {
        continue;
      }
      if (names.stream().anyMatch(title::contains)) {
        return title;
      }
      anyNews = anyNews == null ? title : anyNews;
    }
    if (anyNews != null) {
      return anyNews;
    }
    String who = names.isEmpty() ? "" : names.get(0) + ": ";
    String what = types.isEmpty() ? "セキュリティ事案" : Labels.incidentType(types.iterator().next());
    String when = firstDate != null && firstDate.length() >= 7
        ? "(" + firstDate.substring(0, 4) + "年" + Integer.parseInt(firstDate.substring(5, 7)) + "月)" : "";
    return who + what + when;
  }

  static boolean isNotice(String title) {
    return NOTICE.matcher(title).find();
  }

  /** Short names first (the key without legal form reads best in a title), victims before others. */
  private static List<String> names(Collection<CaseRecord.Org> orgs) {
    List<String> out = new ArrayList<>();
    for (boolean victims : new boolean[] {true, false}) {
      for (CaseRecord.Org o : orgs) {
        if (o.role().equals(OrgFact.VICTIM) != victims) {
          continue;
        }
        for (String n : concat(OrgNames.key(o.name()), o.name(), o.aliases())) {
          if (n.length() >= MIN_NAME && !out.contains(n)) {
            out.add(n);
          }
        }
      }
    }
    return out;
  }

  private static List<String> concat(String key, String name, List<String> aliases) {
    List<String> all = new ArrayList<>();
    all.add(key);
    all.add(name);
    all.addAll(aliases);
    return all;
  }
}
