package jiken.indexer.extract.org;

/**
 * One literal mention of a (candidate) organisation in the full text. Immutable.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param name the literal name (for a bracketed name, the text inside the brackets)
 * @param kind how it was found; decides how much context it needs to count as a party
 */
record OrgMention(int start, int end, String name, Kind kind) {
  /** How a mention was found, strongest evidence first. */
  enum Kind {
    /** A legal form before or after the name (株式会社X, X(株)). */
    LEGAL,
    /** A name ending in an organisation word (病院, 大学, 協会, 教育委員会, 商事 …). */
    SUFFIX,
    /** A police station or force: a party only as "other". */
    POLICE,
    /** A name in brackets after a word for a company (給食業者の「X」) or ending in a suffix. */
    QUOTED,
    /** X社 beside other text. */
    SHA,
    /** A Kuromoji 名詞-固有名詞-組織 token grown to its run. */
    KUROMOJI,
    /** A public body (X県, X市, X町 …); a party only when the context says so. */
    PUBLIC,
    /** A bare name in a party position (headline start, sentence subject). */
    BARE,
    /** An alias defined inline ((以下「X」), X(JAL)) or a later literal repeat of a known name. */
    ALIAS,
    /** A department (総務部安全安心課) of an issuer that names nothing else. */
    DEPARTMENT
  }

  boolean contains(OrgMention o) {
    return start <= o.start && o.end <= end && (end - start) > (o.end - o.start);
  }
}
