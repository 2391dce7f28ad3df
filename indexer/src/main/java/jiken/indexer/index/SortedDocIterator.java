package jiken.indexer.index;

import org.apache.lucene.search.DocIdSetIterator;

/**
 * Iterates {@code docs[from..to)}, ascending and distinct doc ids, each less {@code base} (the
 * leaf's doc base when the ids are global). {@link #advance} steps linearly: its users mostly step
 * with {@link #nextDoc}, over few documents. One consumer.
 */
final class SortedDocIterator extends DocIdSetIterator {
  private final int[] docs;
  private final int from;
  private final int to;
  private final int base;
  private int i;
  private int doc = -1;

  SortedDocIterator(int[] docs, int from, int to, int base) {
    this.docs = docs;
    this.from = from;
    this.to = to;
    this.base = base;
    this.i = from - 1;
  }

  @Override
  public int docID() {
    return doc;
  }

  @Override
  public int nextDoc() {
    return doc = ++i < to ? docs[i] - base : NO_MORE_DOCS;
  }

  @Override
  public int advance(int target) {
    do {
      i++;
    } while (i < to && docs[i] - base < target);
    return doc = i < to ? docs[i] - base : NO_MORE_DOCS;
  }

  @Override
  public long cost() {
    return to - from;
  }
}
