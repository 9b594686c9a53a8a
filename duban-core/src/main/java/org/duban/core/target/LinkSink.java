package org.duban.core.target;

/** Receives the links of a {@link TrackedLedger}, with the ledger's numbers of their facts. */
public interface LinkSink {

  /**
   * One link; the links of a document come together, by the start of their target.
   *
   * @param resultId the number of the result's fact, or null when there is none
   */
  void link(Link link, long targetId, Long resultId);
}
