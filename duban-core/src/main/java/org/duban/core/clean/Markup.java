package org.duban.core.clean;

import java.util.Arrays;

/**
 * Layout the cleaner took out of the text but later stages still need: which lines were markdown
 * headings and where a bold run that opens a line ends. Keyed by offsets into the cleaned text.
 */
public final class Markup {

  /** No layout hints at all (plain text, or a text built by hand). */
  public static final Markup NONE = new Markup(new int[0], new int[0], new int[0]);

  private final int[] lineStarts;
  private final int[] headingDepths;
  private final int[] boldEnds;

  Markup(int[] lineStarts, int[] headingDepths, int[] boldEnds) {
    this.lineStarts = lineStarts;
    this.headingDepths = headingDepths;
    this.boldEnds = boldEnds;
  }

  /**
   * The markdown heading depth (1 for {@code #}) of the line starting at {@code lineStart}, or 0.
   */
  public int headingDepth(int lineStart) {
    int i = Arrays.binarySearch(lineStarts, lineStart);
    return i < 0 ? 0 : headingDepths[i];
  }

  /**
   * Where the bold run that opens the line at {@code lineStart} ends, or -1 when the line does not
   * open with bold text.
   */
  public int leadingBoldEnd(int lineStart) {
    int i = Arrays.binarySearch(lineStarts, lineStart);
    return i < 0 ? -1 : boldEnds[i];
  }

  /** The hints of {@code [from, to)}, shifted so that {@code from} becomes 0. */
  public Markup slice(int from, int to) {
    int a = lowerBound(from);
    int b = lowerBound(to);
    if (a >= b) {
      return NONE;
    }
    int[] starts = new int[b - a];
    int[] depths = Arrays.copyOfRange(headingDepths, a, b);
    int[] ends = new int[b - a];
    for (int i = a; i < b; i++) {
      starts[i - a] = lineStarts[i] - from;
      ends[i - a] = boldEnds[i] < 0 ? -1 : Math.min(boldEnds[i], to) - from;
    }
    return new Markup(starts, depths, ends);
  }

  private int lowerBound(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i : -i - 1;
  }

  /** Collects hints in increasing line order. */
  static final class Builder {
    private int[] starts = new int[16];
    private int[] depths = new int[16];
    private int[] ends = new int[16];
    private int size;

    void add(int lineStart, int headingDepth, int boldEnd) {
      if (headingDepth == 0 && boldEnd < 0) {
        return;
      }
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        depths = Arrays.copyOf(depths, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
      }
      starts[size] = lineStart;
      depths[size] = headingDepth;
      ends[size] = boldEnd;
      size++;
    }

    Markup build() {
      return size == 0
          ? NONE
          : new Markup(
              Arrays.copyOf(starts, size), Arrays.copyOf(depths, size), Arrays.copyOf(ends, size));
    }
  }
}
