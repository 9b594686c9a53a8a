package org.duban.core.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A text derived from a source text (cleaned, joined, stripped of markup) that remembers, for every
 * one of its characters, where that character came from in the source. Like Lucene's {@code
 * correctOffset}: later stages work on the derived text and map spans back when they report them.
 *
 * <p>The map is kept as runs: a run starts at a character of this text and maps it and the
 * characters after it, up to the next run, to consecutive characters of the source. A text copied
 * whole is one run, a cleaned text one per edit, so the map costs a few bytes per edit instead of
 * four per character (a text of a hundred million characters is derived several times over).
 */
public final class MappedText {

  private final String text;
  // Run k maps text[runStart[k], runStart[k + 1]) to source[runSource[k], ...); runStart[0] is 0.
  private final int[] runStart;
  private final int[] runSource;
  private final int runs;
  // The source index the end of this text maps to.
  private final int end;

  private MappedText(String text, int[] runStart, int[] runSource, int runs, int end) {
    this.text = text;
    this.runStart = runStart;
    this.runSource = runSource;
    this.runs = runs;
    this.end = end;
  }

  /** The source text itself, unchanged. */
  public static MappedText identity(String source) {
    Runs runs = new Runs(1);
    if (!source.isEmpty()) {
      runs.add(0, 0);
    }
    return runs.mapping(source, source.length());
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  /** Source index of the character at {@code index} (or of the end, for {@code length()}). */
  public int toSource(int index) {
    Objects.checkIndex(index, text.length() + 1);
    if (index == text.length()) {
      return end;
    }
    int k = runAt(index);
    return runSource[k] + index - runStart[k];
  }

  /** Source index just after the character before {@code end}: the end of a span ending there. */
  public int toSourceEnd(int end) {
    if (end <= 0) {
      return toSource(0);
    }
    int last = toSource(end - 1);
    char c = text.charAt(end - 1);
    // past the whole pair when a span ends inside one; a lone high surrogate (a damaged file) is
    // one char, and its end must stay inside the source (issue 12 fuzz test)
    boolean pair =
        Character.isHighSurrogate(c)
            && end < text.length()
            && Character.isLowSurrogate(text.charAt(end));
    // a synthetic char standing at the very end of the source ends there, not past it
    return Math.min(pair ? last + 2 : last + 1, this.end);
  }

  /**
   * This text seen through a further derivation: {@code derived} was made from this text, the
   * result maps straight to this text's source.
   */
  public MappedText compose(MappedText derived) {
    Runs composed = new Runs(derived.runs + runs);
    for (int r = 0; r < derived.runs; r++) {
      int at = derived.runStart[r];
      int until = r + 1 < derived.runs ? derived.runStart[r + 1] : derived.text.length();
      int p = derived.runSource[r];
      while (at < until) {
        if (p >= text.length()) {
          // a synthetic char standing for the end of this text
          composed.add(at, end);
          at++;
          p++;
          continue;
        }
        int k = runAt(p);
        int next = k + 1 < runs ? runStart[k + 1] : text.length();
        int n = Math.min(next - p, until - at);
        composed.add(at, runSource[k] + p - runStart[k]);
        at += n;
        p += n;
      }
    }
    return composed.mapping(derived.text, toSource(derived.end));
  }

  /** The part of this text between {@code start} and {@code end}, still mapped to the source. */
  public MappedText slice(int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    Runs sliced = new Runs(4);
    if (end > start) {
      for (int k = runAt(start); k < runs && runStart[k] < end; k++) {
        int from = Math.max(runStart[k], start);
        sliced.add(from - start, runSource[k] + from - runStart[k]);
      }
    }
    int sourceEnd = end > start ? toSourceEnd(end) : toSource(start);
    return sliced.mapping(text.substring(start, end), sourceEnd);
  }

  /** How many runs the map holds (for tests of its size). */
  int runs() {
    return runs;
  }

  /** The run holding the character at {@code index}, which is inside the text. */
  private int runAt(int index) {
    int lo = 0;
    int hi = runs - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (runStart[mid] <= index) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** Runs being collected; a char that continues the last run's sequence extends it. */
  private static final class Runs {
    private int[] start;
    private int[] source;
    private int count;

    Runs(int capacity) {
      start = new int[Math.max(capacity, 1)];
      source = new int[Math.max(capacity, 1)];
    }

    /** The char at {@code at} of the derived text (and those after it) maps to {@code to}. */
    void add(int at, int to) {
      if (count > 0 && source[count - 1] + (at - start[count - 1]) == to) {
        return;
      }
      if (count == start.length) {
        start = Arrays.copyOf(start, count * 2);
        source = Arrays.copyOf(source, count * 2);
      }
      start[count] = at;
      source[count] = to;
      count++;
    }

    MappedText mapping(String text, int end) {
      return new MappedText(
          text, Arrays.copyOf(start, count), Arrays.copyOf(source, count), count, end);
    }
  }

  public static Builder builder(String source) {
    return new Builder(source);
  }

  /** Builds a derived text piece by piece from ranges of the source and inserted characters. */
  public static final class Builder {
    private final String source;
    private final StringBuilder text;
    private final Runs runs = new Runs(64);

    private Builder(String source) {
      this.source = source;
      // a derived text is seldom longer than its source: one allocation, never a doubling (which
      // holds the old and the new array at once: three times a large text)
      this.text = new StringBuilder(source.length() + 16);
    }

    /** Copies {@code source[from, to)}. */
    public Builder appendSource(int from, int to) {
      Objects.checkFromToIndex(from, to, source.length());
      if (to > from) {
        runs.add(text.length(), from);
        // one bulk copy: this is the hot path of every stage that derives a text
        text.append(source, from, to);
      }
      return this;
    }

    /** Inserts {@code c}, which stands for the source character at {@code sourcePosition}. */
    public Builder appendSynthetic(char c, int sourcePosition) {
      runs.add(text.length(), Math.min(Math.max(sourcePosition, 0), source.length()));
      text.append(c);
      return this;
    }

    public int length() {
      return text.length();
    }

    public char lastChar() {
      return text.length() == 0 ? '\0' : text.charAt(text.length() - 1);
    }

    /** The derived text; its end maps to {@code sourceEnd}. */
    public MappedText build(int sourceEnd) {
      return runs.mapping(unchanged() ? source : text.toString(), sourceEnd);
    }

    /** Whether the text built is the source itself: then it is not copied a second time. */
    private boolean unchanged() {
      return runs.count == 1
          && runs.source[0] == 0
          && text.length() == source.length()
          && source.contentEquals(text);
    }
  }
}
