package org.duban.app.document;

import java.util.Arrays;

/**
 * The whole text of a stored file, shared by the documents read from it, with a way to turn
 * code-point offsets into string indices in time independent of the offset: a file with many
 * documents is sliced once per document, not recounted from its start each time.
 */
public final class FileText {

  private final String text;
  // Code-point offsets of the surrogate pairs, ascending; null until first needed.
  private int[] pairOffsets;

  public FileText(String text) {
    this.text = text;
  }

  public String text() {
    return text;
  }

  /** The text between two code-point offsets, clamped to the text. */
  public String slice(int from, int to) {
    int a = index(Math.max(0, from));
    int b = index(Math.max(from, to));
    return text.substring(a, Math.max(a, b));
  }

  /** Length in code points. */
  public int codePointLength() {
    return text.length() - pairs().length;
  }

  /** The string index of a code-point offset, clamped to the text. */
  public int index(int codePoint) {
    int[] pairs = pairs();
    int before = Arrays.binarySearch(pairs, codePoint);
    // each pair starting before this code point takes one more char than it counts
    int n = before >= 0 ? before : -before - 1;
    return Math.min(text.length(), codePoint + n);
  }

  private int[] pairs() {
    int[] p = pairOffsets;
    if (p == null) {
      int count = 0;
      for (int i = 0; i + 1 < text.length(); i++) {
        if (Character.isHighSurrogate(text.charAt(i))
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          count++;
          i++;
        }
      }
      p = new int[count];
      int k = 0;
      for (int i = 0; i + 1 < text.length() && k < count; i++) {
        if (Character.isHighSurrogate(text.charAt(i))
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          p[k] = i - k;
          k++;
          i++;
        }
      }
      pairOffsets = p;
    }
    return p;
  }
}
