package org.duban.app.supervision;

/**
 * A target fact attached to an item, and, on the item's own page, the latest reported figure for
 * the same indicator and place.
 *
 * @param current null when the ledger holds no result for it yet, or in lists
 */
public record TargetView(
    long factId, String text, String indicator, String period, String region, Current current) {

  /** The latest result (ACTUAL fact) the ledger holds for a target's indicator and place. */
  public record Current(long factId, long documentId, String text, String period) {}
}
