package org.duban.core.fact;

/**
 * Where clauses begin and end around a figure: clause punctuation (，；：。！？ and line breaks)
 * separates them; 、 and 和 do not, so a list of figures shares one clause.
 */
final class Clause {

  private Clause() {}

  static boolean isBoundary(char c) {
    return switch (c) {
      case '，', ',', '；', ';', '：', ':', '。', '！', '？', '!', '?', '\n', '\r' -> true;
      default -> false;
    };
  }

  /** The start of the clause containing {@code pos}, not before {@code limit}. */
  static int start(CharSequence text, int pos, int limit) {
    int i = pos;
    while (i > limit && !isBoundary(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** The end of the clause containing {@code pos}, not after {@code limit}. */
  static int end(CharSequence text, int pos, int limit) {
    int i = pos;
    while (i < limit && !isBoundary(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
