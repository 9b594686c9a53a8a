package org.duban.core.clean;

import java.util.Arrays;

/**
 * Finds the spaces a PDF conversion put between the characters of a word ("政 府 工 作 报 告", "1 9 9 8
 * 年"): a run of at least three single Chinese characters or digits, each separated from the next by
 * exactly one space. Spaces between words ("长宁区区长 王岚") stay.
 */
final class Despacer {

  private static final int MIN_RUN = 3;

  private Despacer() {}

  /** Indices of {@code s} to drop, ascending; empty when there are none. */
  static int[] spacesToDrop(String s) {
    if (s.indexOf(' ') < 0 && s.indexOf('\u3000') < 0 && s.indexOf('\u00A0') < 0) {
      return new int[0];
    }
    int n = s.length();
    int[] out = null;
    int count = 0;
    int i = 0;
    while (i < n) {
      // a run: c (sp c)+ where every c is a single word character between single spaces
      if (!isSingle(s, i)) {
        i++;
        continue;
      }
      int runStart = i;
      int runEnd = i;
      int singles = 1;
      while (runEnd + 2 < n && isSpace(s.charAt(runEnd + 1)) && isSingle(s, runEnd + 2)) {
        runEnd += 2;
        singles++;
      }
      if (singles >= MIN_RUN) {
        int from =
            runStart > 0 && isSpace(s.charAt(runStart - 1)) && joins(s, runStart - 2)
                ? runStart - 1
                : runStart;
        int to =
            runEnd + 1 < n && isSpace(s.charAt(runEnd + 1)) && joins(s, runEnd + 2)
                ? runEnd + 1
                : runEnd;
        for (int k = from; k <= to; k++) {
          if (isSpace(s.charAt(k))) {
            if (out == null) {
              out = new int[16];
            } else if (count == out.length) {
              out = Arrays.copyOf(out, count * 2);
            }
            out[count++] = k;
          }
        }
      }
      i = runEnd + 1;
    }
    return out == null ? new int[0] : Arrays.copyOf(out, count);
  }

  /** A Chinese character or digit with a single space (or the line's edge) on each side. */
  private static boolean isSingle(String s, int i) {
    if (!isWordChar(s.charAt(i))) {
      return false;
    }
    boolean left = i == 0 || (isSpace(s.charAt(i - 1)) && (i == 1 || !isSpace(s.charAt(i - 2))));
    boolean right =
        i + 1 == s.length()
            || (isSpace(s.charAt(i + 1)) && (i + 2 == s.length() || !isSpace(s.charAt(i + 2))));
    return left && right;
  }

  private static boolean joins(String s, int i) {
    return i >= 0 && i < s.length() && isWordChar(s.charAt(i));
  }

  private static boolean isWordChar(char c) {
    return Shapes.isHan(c) || Shapes.isDigit(c);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u3000' || c == '\u00A0';
  }
}
