package org.duban.app.document;

/**
 * A part of a stored document's text: what the reader and the API answer for a document too large
 * to send whole.
 *
 * @param documentStart where the document starts in its file (code points)
 * @param documentLength the whole document's length in code points
 * @param from where this part starts in the document (code points from its start)
 * @param to where it ends, exclusive
 */
public record TextPart(String text, int documentStart, int documentLength, int from, int to) {

  /** Whether this part is the whole document. */
  public boolean whole() {
    return from == 0 && to == documentLength;
  }
}
