package org.duban.core.target;

import java.util.List;
import org.duban.core.fact.Fact;

/**
 * Documents the linker reads in passes instead of holding them: their place and year, and their
 * facts given one at a time as often as the linker asks. A ledger of millions of facts is linked
 * this way in memory bounded by what linking keeps (the results some target could use).
 */
public interface TrackedLedger {

  /**
   * A document as the linker sees it.
   *
   * @param key the key its links name it by
   * @param jurisdiction the place it speaks for, or null
   * @param year the year it is about, or null; a document without a year of its own is as late as
   *     the latest year any of its facts reports on
   */
  record Document(String key, String jurisdiction, Integer year) {}

  /** Receives the facts of one document with the caller's number for each. */
  interface Facts {
    void fact(long id, Fact fact);
  }

  /** The documents, each key once, in the order their links are given out. */
  List<Document> documents();

  /**
   * Gives every fact of the document {@code key} in the order of its text (by start); the facts of
   * one sentence come together.
   */
  void facts(String key, Facts sink);
}
