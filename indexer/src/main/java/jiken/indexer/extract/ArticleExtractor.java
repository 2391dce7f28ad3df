package jiken.indexer.extract;

import java.util.List;
import jiken.indexer.extract.count.CountExtractor;
import jiken.indexer.extract.date.DateExtractor;
import jiken.indexer.extract.incident.DataTypeExtractor;
import jiken.indexer.extract.incident.IncidentTypeExtractor;
import jiken.indexer.extract.incident.SystemExtractor;
import jiken.indexer.extract.org.OrgExtractor;

/**
 * Turns one article into facts with provenance: organisations with roles, dates with events,
 * incident types, the affected count, data types and systems. Rules and dictionaries over
 * Kuromoji tokens; nothing is downloaded at run time.
 *
 * <p>Never throws on content: a failing extractor yields no facts of its kind for that article
 * (logged), so one odd article cannot stop an index run. Thread-safe and reusable.
 */
public final class ArticleExtractor {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArticleExtractor.class);

  private final OrgExtractor orgs = new OrgExtractor();
  private final DateExtractor dates = new DateExtractor();
  private final CountExtractor counts = new CountExtractor();
  private final IncidentTypeExtractor incidentTypes = new IncidentTypeExtractor();
  private final DataTypeExtractor dataTypes = new DataTypeExtractor();
  private final SystemExtractor systems = new SystemExtractor();

  /**
   * The facts of one article. A page that reports no specific incident ({@link PageKind}: a
   * launch, seminar or holiday notice, a round-up, a survey, an explainer) yields none: its
   * incident words are about other things, and the annotation guide leaves such pages out.
   */
  public Extraction extract(ArticleInput input) {
    return extract(input, null);
  }

  /**
   * Like {@link #extract(ArticleInput)}, handing the analysed article to {@code analysed} (when not
   * null) so a caller can reuse its tokens instead of tokenising the text again. Not called for a
   * page that yields no facts, which is never analysed.
   */
  public Extraction extract(ArticleInput input, java.util.function.Consumer<AnalyzedArticle> analysed) {
    if (PageKind.isNonIncident(input.title(), input.text())) {
      return empty(input);
    }
    AnalyzedArticle article = analyse(input, analysed);
    return facts(input, article, guarded("incident_types", input, () -> incidentTypes.extract(article), List.of()));
  }

  /** The article tokenised, handed to {@code analysed} when not null. */
  private static AnalyzedArticle analyse(ArticleInput input, java.util.function.Consumer<AnalyzedArticle> analysed) {
    AnalyzedArticle article = AnalyzedArticle.of(input);
    if (analysed != null) {
      analysed.accept(article);
    }
    return article;
  }

  private Extraction facts(ArticleInput input, AnalyzedArticle article, List<LabelFact> types) {
    return new Extraction(
        input.id(),
        guarded("organizations", input, () -> orgs.extract(article), List.of()),
        types,
        guarded("dates", input, () -> dates.extract(article), List.of()),
        guarded("affected_count", input, () -> counts.extract(article), null),
        guarded("data_types", input, () -> dataTypes.extract(article), List.of()),
        guarded("systems", input, () -> systems.extract(article), List.of()));
  }

  /**
   * The facts an index run needs: like {@link #extract(ArticleInput, java.util.function.Consumer)}
   * for an article that names an incident type, and no facts at all for one that names none.
   *
   * <p>Whether an article is an incident report, and so everything the index run does with it
   * (placing it in a case, its keys, its search tokens), depends on its incident types; an article
   * without one is never in a case, and its other facts are never read. Incident types are found
   * from the text alone, without Kuromoji ({@link IncidentTypeExtractor} reads no tokens), so they are
   * found first and the article is tokenised and fully extracted only when there is one. On general
   * text most articles name none, and the tokenisation and extraction they skip are most of the
   * index run's cost. The facts of an article that names one are exactly those of {@code extract}.
   */
  public Extraction extractForIndex(ArticleInput input, java.util.function.Consumer<AnalyzedArticle> analysed) {
    if (PageKind.isNonIncident(input.title(), input.text())) {
      return empty(input);
    }
    List<LabelFact> types = guarded("incident_types", input,
        () -> incidentTypes.extract(new AnalyzedArticle(input, input.fullText(), List.of())), List.of());
    return types.isEmpty() ? empty(input) : facts(input, analyse(input, analysed), types);
  }

  private static Extraction empty(ArticleInput input) {
    return new Extraction(input.id(), List.of(), List.of(), List.of(), null, List.of(), List.of());
  }

  private static <T> T guarded(String what, ArticleInput in, java.util.function.Supplier<T> step, T fallback) {
    try {
      return step.get();
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("extracting {} failed for {} ({}): {}", what, in.id(), in.url(), e.toString());
      return fallback;
    }
  }
}
