package org.duban.app.document;

/**
 * The text of a stored document's file and where the document lies in it, in code points.
 *
 * @param file the whole file as read
 */
public record StoredText(FileText file, int start, int end) {

  public StoredText(String fileText, int start, int end) {
    this(new FileText(fileText), start, end);
  }

  public String fileText() {
    return file.text();
  }

  /** The document's own text: the part of the file between {@code start} and {@code end}. */
  public String documentText() {
    return slice(start, end);
  }

  /** The file's text between two code-point offsets, clamped to the file. */
  public String slice(int from, int to) {
    return file.slice(from, to);
  }

  /** The document's length in code points. */
  public int length() {
    return Math.max(0, Math.min(end, file.codePointLength()) - Math.max(0, start));
  }
}
