package jiken.web.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import jiken.crawler.store.CrawledDocument;
import jiken.crawler.store.Database;
import jiken.crawler.store.DocumentStore;
import jiken.indexer.cases.CaseIndexer;
import jiken.indexer.extract.CountFact;
import jiken.indexer.extract.DateFact;
import jiken.indexer.extract.DatePrecision;
import jiken.indexer.extract.Extraction;
import jiken.indexer.extract.LabelFact;
import jiken.indexer.extract.OrgFact;
import jiken.indexer.extract.Provenance;
import jiken.indexer.index.CaseIndex;

/**
 * A data directory of many synthetic incidents about 400 fictional organisations over eleven
 * years, for load tests: real SQLite documents and case records and a real Lucene index, built
 * with hand-made extractions (the extractor runs at ~60 articles/s, far too slow for this). The
 * directory is reused while its marker file says it holds the same number of articles.
 */
final class LoadCorpus {
  static final String[] PREFIXES = {"架空", "みどり", "青葉", "白鷺", "北斗", "若葉", "すばる", "大河", "潮騒", "銀杏", "桜台", "鳴門",
    "朝霧", "紅葉", "星野", "東雲", "夕凪", "千鳥", "柊", "楓"};
  static final String[] SUFFIXES = {"商事", "精機", "フーズ", "物流", "電装", "学園", "薬品", "建設", "ホテル", "信用金庫", "病院", "水産",
    "印刷", "銀行", "書房", "製作所", "化学", "運輸", "食品", "市役所"};
  static final String[][] KINDS = {{"unauthorized_access", "不正アクセス"}, {"ransomware", "ランサムウェア"},
    {"email_misdelivery", "メール誤送信"}, {"loss_theft", "USBメモリ紛失"}};

  private LoadCorpus() {}

  static Path build(Path dir, int articles, long seed) throws Exception {
    Path marker = dir.resolve("load-corpus.txt");
    String stamp = articles + " " + seed;
    if (Files.exists(marker) && Files.readString(marker).equals(stamp)) {
      return dir;
    }
    Files.createDirectories(dir);
    Random r = new Random(seed);
    Map<String, Extraction> byUrl = new HashMap<>();
    try (Database db = Database.open(dir); CaseIndex index = new CaseIndex(dir)) {
      DocumentStore store = new DocumentStore(db);
      for (int i = 0; i < articles; i++) {
        String org = PREFIXES[r.nextInt(PREFIXES.length)] + SUFFIXES[r.nextInt(SUFFIXES.length)] + "株式会社";
        String[] kind = KINDS[r.nextInt(KINDS.length)];
        LocalDate published = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(4000));
        LocalDate happened = published.minusDays(1 + r.nextInt(20));
        long count = 10 + r.nextInt(200_000);
        String title = String.format(Locale.ROOT, "%sで%s、%,d件の情報に影響か (%d)", org, kind[1], count, i);
        String text = String.format(Locale.ROOT, "%sは%d月%d日、%sが発生したと発表した。%d年%d月%d日に異常を検知し、顧客の個人情報%d件が"
            + "流出した可能性がある。同社は個人情報保護委員会に報告し、対象者に順次連絡している。", org, published.getMonthValue(),
            published.getDayOfMonth(), kind[1], happened.getYear(), happened.getMonthValue(), happened.getDayOfMonth(), count);
        String url = "https://load.test/" + i;
        Provenance p = new Provenance(0, org.length(), text.substring(0, 30));
        byUrl.put(url, new Extraction("x", List.of(new OrgFact(org, "victim", List.of(), p)),
            List.of(new LabelFact(kind[0], kind[1], p)),
            List.of(new DateFact(happened.toString(), happened.toString(), DatePrecision.DAY, "occurred", p),
                new DateFact(published.toString(), published.toString(), DatePrecision.DAY, "disclosed", p)),
            new CountFact(count + "件", count, p), List.of(new LabelFact("personal_info", "個人情報", p)), List.of()));
        store.upsert(new CrawledDocument(0, url, url, "load-news", Instant.parse("2026-03-01T00:00:00Z"), 200, "UTF-8",
            title, published, text, Integer.toHexString(text.hashCode()), 0, null, List.of()));
      }
      new CaseIndexer(db, in -> byUrl.get(in.url())).run(index);
    }
    Files.writeString(marker, stamp);
    return dir;
  }

  /** Every case id, for picking pages to request. */
  static List<String> caseIds(Path dir) {
    try (Database db = Database.open(dir)) {
      List<String> out = new ArrayList<>();
      new jiken.indexer.cases.CaseStore(db).all().forEach(c -> out.add(c.id()));
      return out;
    }
  }
}
