package org.duban.core.text;

import java.util.Arrays;

/**
 * Converts UTF-16 indices of a string to code-point offsets. Strings without surrogate pairs (most
 * Chinese text) convert by identity; others through a sorted table of the pairs' positions.
 */
public final class CodePointIndex {

  private final int[] surrogatePairStarts;

  private CodePointIndex(int[] surrogatePairStarts) {
    this.surrogatePairStarts = surrogatePairStarts;
  }

  public static CodePointIndex of(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isHighSurrogate(text.charAt(i))
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        count++;
        i++;
      }
    }
    if (count == 0) {
      return new CodePointIndex(new int[0]);
    }
    int[] starts = new int[count];
    int k = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isHighSurrogate(text.charAt(i))
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        starts[k++] = i;
        i++;
      }
    }
    return new CodePointIndex(starts);
  }

  /** The code-point offset of UTF-16 index {@code index}. */
  public int toCodePoint(int index) {
    if (surrogatePairStarts.length == 0) {
      return index;
    }
    int pos = Arrays.binarySearch(surrogatePairStarts, index);
    int pairsBefore = pos >= 0 ? pos : -pos - 1;
    return index - pairsBefore;
  }
}
