package org.duban.app.document;

/**
 * One change to the set of stored documents, numbered in commit order.
 *
 * @param seq its number: every change with a smaller number committed before it
 */
public record DocumentChange(long seq, long documentId, Kind kind) {

  /** What happened to the document. */
  public enum Kind {
    ADDED,
    DELETED
  }
}
