package org.duban.core.text;

import java.util.ArrayList;
import java.util.List;

/** Small questions about character sequences that {@link String} answers only for strings. */
public final class Texts {

  private Texts() {}

  /** Whether {@code word} stands in {@code text} at {@code pos}. */
  public static boolean startsWith(CharSequence text, int pos, String word) {
    if (pos < 0 || pos + word.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (text.charAt(pos + k) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code word} stands in {@code text} ending right before {@code end}. */
  public static boolean endsWith(CharSequence text, int end, String word) {
    return startsWith(text, end - word.length(), word);
  }

  /**
   * {@code s} cut at every one of the characters {@code marks}, as {@code s.split("[" + marks +
   * "]")} cuts it (trailing empty pieces dropped, {@code s} itself when no mark stands in it)
   * without compiling a pattern on every call.
   */
  public static String[] split(String s, String marks) {
    List<String> pieces = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      if (marks.indexOf(s.charAt(i)) >= 0) {
        pieces.add(s.substring(from, i));
        from = i + 1;
      }
    }
    if (pieces.isEmpty()) {
      return new String[] {s};
    }
    pieces.add(s.substring(from));
    int size = pieces.size();
    while (size > 0 && pieces.get(size - 1).isEmpty()) {
      size--;
    }
    return pieces.subList(0, size).toArray(new String[0]);
  }
}
