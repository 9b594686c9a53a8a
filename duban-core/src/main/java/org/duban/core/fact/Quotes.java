package org.duban.core.fact;

import java.util.BitSet;

/**
 * The quoted stretches of a sentence: “…”, 《…》, 「…」 and the like. A number inside quotes is part of
 * a name or slogan (“3+3”, “15分钟社区生活圈”), not a measurement.
 */
final class Quotes {

  // Names and slogans are short; a long quotation is a sentence whose figures are facts.
  private static final int MAX_QUOTED = 16;

  private final int offset;
  private final BitSet inside;

  private Quotes(int offset, BitSet inside) {
    this.offset = offset;
    this.inside = inside;
  }

  static Quotes of(CharSequence text, int start, int end) {
    BitSet inside = new BitSet(end - start);
    int i = start;
    while (i < end) {
      char open = text.charAt(i);
      char close = closing(open);
      if (close != 0) {
        int j = i + 1;
        int limit = Math.min(end, i + 1 + MAX_QUOTED);
        while (j < limit && !closes(open, close, text.charAt(j))) {
          j++;
        }
        if (j < limit) {
          inside.set(i + 1 - start, j - start);
          i = j + 1;
          continue;
        }
      }
      i++;
    }
    return new Quotes(start, inside);
  }

  /**
   * Scraped pages often open with a curly quote and close with a straight one (“最多跑一次"), or the
   * other way round.
   */
  private static boolean closes(char open, char close, char c) {
    return c == close || ((open == '“' || open == '"') && (c == '"' || c == '”'));
  }

  private static char closing(char open) {
    return switch (open) {
      case '“' -> '”';
      case '‘' -> '’';
      case '「' -> '」';
      case '『' -> '』';
      case '《' -> '》';
      case '〈' -> '〉';
      case '"' -> '"';
      default -> 0;
    };
  }

  /**
   * Whether {@code [from, to)} is all a quotation holds: “6%左右” cites a figure, and names nothing.
   */
  boolean isWholeQuote(int from, int to) {
    int first = from - offset;
    int last = to - 1 - offset;
    return first > 0 && !inside.get(first - 1) && inside.nextClearBit(first) == last + 1;
  }

  /** Whether any character of {@code [from, to)} is quoted. */
  boolean anyQuoted(int from, int to) {
    int next = inside.nextSetBit(Math.max(0, from - offset));
    return next >= 0 && next < to - offset;
  }
}
