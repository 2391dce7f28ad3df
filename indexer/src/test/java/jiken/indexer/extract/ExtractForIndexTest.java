package jiken.indexer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link ArticleExtractor#extractForIndex} gives exactly the facts of {@link ArticleExtractor#extract}
 * for every article that names an incident type, and no facts (without tokenising) for every one
 * that names none — over every golden fixture, the grouping corpora and, when present, the dev set.
 */
class ExtractForIndexTest {
  /** General news in our own words about fictional bodies: no incident. */
  static final String[] GENERAL = {
      "架空市立図書館は来月から開館時間を延長する。平日は午後8時まで、土日は午後6時まで利用できる。",
      "架空鉄道は新型車両を導入すると発表した。座席数は従来より2割多く、秋から運行を始める予定だ。",
      "このバンドは1998年に結成され、翌年にデビューした。代表曲はドラマの主題歌にも使われた。",
      "株式会社ミドリ製菓は4月1日付で社長が交代すると発表した。新社長は営業本部長の山川一郎氏。",
      "架空県は今年度の観光客数が前年度比12%増の約340万人だったと発表した。海外からの客が伸びた。",
      "架空大学の研究チームは、稲の収量を増やす新しい品種の開発に成功したと明らかにした。",
      "株式会社アオゾラ物流は大阪府に新しい物流センターを開設する。延床面積は約3万平方メートル。",
      "架空町は子育て世帯向けの給付金の申請受付を6月から始める。対象は約1,200世帯を見込む。",
      "架空銀行は店舗の営業時間を見直し、一部の支店で昼休みを導入すると発表した。",
      "架空市は市役所本庁舎の建て替え計画をまとめた。完成は2030年度の予定で、事業費は約180億円。",
      "株式会社ハナミズキ電機は新しい家庭用蓄電池を発売する。価格は税込み99万円から。",
      "架空高校の吹奏楽部が全国大会で金賞を受賞した。出場は3年ぶり5回目。",
  };

  private final ArticleExtractor extractor = new ArticleExtractor();

  @Test
  void index_facts_are_the_full_facts_of_incident_articles_and_none_of_the_others() throws IOException {
    List<ArticleInput> inputs = TestArticles.all();
    int incidents = 0;
    int others = 0;
    for (ArticleInput in : inputs) {
      Extraction full = extractor.extract(in);
      AtomicInteger analysed = new AtomicInteger();
      Extraction forIndex = extractor.extractForIndex(in, a -> analysed.incrementAndGet());
      if (full.incidentTypes().isEmpty()) {
        others++;
        assertThat(forIndex).as("facts of %s, which names no incident type", in.id())
            .isEqualTo(new Extraction(in.id(), List.of(), List.of(), List.of(), null, List.of(), List.of()));
        assertThat(analysed).as("%s was tokenised", in.id()).hasValue(0);
      } else {
        incidents++;
        assertThat(forIndex).as("facts of %s", in.id()).isEqualTo(full);
        assertThat(analysed).as("%s handed over its analysis", in.id()).hasValue(1);
      }
    }
    // both kinds are exercised, or the test shows nothing
    assertThat(incidents).isGreaterThan(60);
    assertThat(others).isGreaterThan(10);
  }

  @Test
  void general_text_is_not_tokenised() {
    for (String t : GENERAL) {
      AtomicInteger analysed = new AtomicInteger();
      Extraction e = extractor.extractForIndex(ArticleInput.of(t.substring(0, 12), t, LocalDate.of(2026, 5, 1)),
          a -> analysed.incrementAndGet());
      assertThat(e.organizations()).isEmpty();
      assertThat(e.dates()).isEmpty();
      assertThat(analysed).hasValue(0);
    }
  }
}
