package jiken.indexer.extract.org;

import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.ArticleInput;
import org.junit.jupiter.api.Test;

class OrgDebugTest {
  @Test
  void dump() {
    for (String s : new String[] {"三恵は、自社ECサイト「【公式】大人かわいい下着」の旧サイト", "弊社の運営しております『カードショップBIG-WEB』(以下、「本サイト」といいます。)を利用する"}) {
      AnalyzedArticle a = AnalyzedArticle.of(ArticleInput.of("", s, null));
      var ms = OrgMentionFinder.find(a);
      PartyMentionFinder.find(a, ms);
      System.out.println("DBG " + ms);
    }
  }
}
