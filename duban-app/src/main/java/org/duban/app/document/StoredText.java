package org.duban.app.document;

/**
 * The text of a stored document's file and where the document lies in it, in code points.
 *
 * @param fileText the whole file as read
 */
public record StoredText(String fileText, int start, int end) {

  /** The document's own text: the part of the file between {@code start} and {@code end}. */
  public String documentText() {
    return slice(start, end);
  }

  /** The file's text between two code-point offsets, clamped to the file. */
  public String slice(int from, int to) {
    int length = fileText.codePointCount(0, fileText.length());
    int a = Math.max(0, Math.min(from, length));
    int b = Math.max(a, Math.min(to, length));
    int i = fileText.offsetByCodePoints(0, a);
    return fileText.substring(i, fileText.offsetByCodePoints(i, b - a));
  }
}
