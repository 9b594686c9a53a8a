package org.duban.app.supervision;

/**
 * Where an item's text stands in a stored document; all null for an item made by hand.
 *
 * @param start the task's span in the document's file, in code points, as facts are
 */
public record ItemSource(Long documentId, Long taskId, String number, Integer start, Integer end) {

  public static final ItemSource NONE = new ItemSource(null, null, null, null, null);
}
