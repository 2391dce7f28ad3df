package jiken.indexer.extract.org;

import java.util.ArrayList;
import java.util.List;
import jiken.indexer.extract.AnalyzedArticle;
import jiken.indexer.extract.OrgFact;

/**
 * Organisations that are parties to the incident, with roles.
 *
 * <p>Pipeline: {@link OrgMentionFinder} and {@link PartyMentionFinder} find mentions,
 * {@link AliasResolver} merges them into organisations, {@link OrgFilter} drops distractors
 * (regulators, news outlets, commentators, hypothetical A社) and {@link OrgRoleClassifier} gives
 * roles. Notices that only say 弊社/当社/当院 are covered because their issuer is named in the
 * title or signature, which the finders read like any other text. A department (総務部安全安心課)
 * is reported only when nothing else is.
 *
 * <p>Thread-safe and stateless; never throws on content; time roughly linear in the text (the
 * merging step is quadratic in the number of mentions, which rules keep small).
 */
public final class OrgExtractor {
  public List<OrgFact> extract(AnalyzedArticle article) {
    String text = article.fullText();
    List<OrgMention> mentions = OrgMentionFinder.find(article);
    PartyMentionFinder.find(article, mentions);
    List<OrgEntity> entities = AliasResolver.resolve(text, mentions);
    List<OrgFact> out = new ArrayList<>();
    boolean clients = OrgRoleClassifier.countsClients(text);
    List<OrgEntity> departments = new ArrayList<>();
    for (OrgEntity e : entities) {
      if (!e.anchored()) {
        if (e.has(OrgMention.Kind.DEPARTMENT)) {
          departments.add(e);
        }
        continue;
      }
      if (OrgFilter.distractor(text, e)) {
        continue;
      }
      out.add(fact(article, e, OrgRoleClassifier.role(text, e, clients)));
    }
    if (out.stream().noneMatch(f -> f.role().equals(OrgFact.VICTIM)) && !departments.isEmpty()) {
      out.add(fact(article, departments.get(0), OrgFact.VICTIM));
    }
    return out;
  }

  private static OrgFact fact(AnalyzedArticle a, OrgEntity e, String role) {
    OrgMention first = e.first();
    return new OrgFact(e.name(), role, e.aliases(), a.provenance(first.start(), first.end()));
  }
}
