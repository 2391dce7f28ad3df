package jiken.indexer.cases;

/**
 * A directed link between two cases with its reason in words.
 *
 * @param fromCase for {@link #VENDOR_OF}, the vendor's case
 * @param toCase for {@link #VENDOR_OF}, the downstream victim's case
 * @param kind {@link #VENDOR_OF}, {@link #SAME_ORG} or {@link #RELATED}
 * @param reason a Japanese sentence a reader understands (同じECカートシステム「Xカート」)
 * @param evidence the source sentence that supports the link, or ""
 * @param source {@code auto} (rebuilt on every index run) or {@code editor} (kept)
 */
public record CaseLink(String fromCase, String toCase, String kind, String reason, String evidence, String source) {
  public static final String VENDOR_OF = "vendor_of";
  public static final String SAME_ORG = "same_org";
  public static final String RELATED = "related";

  /** The other end of this link, seen from {@code caseId}. */
  public String other(String caseId) {
    return fromCase.equals(caseId) ? toCase : fromCase;
  }
}
