package org.duban.core.text;

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
}
