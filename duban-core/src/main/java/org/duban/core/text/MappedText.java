package org.duban.core.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * A text derived from a source text (cleaned, joined, stripped of markup) that remembers, for every
 * one of its characters, where that character came from in the source. Like Lucene's {@code
 * correctOffset}: later stages work on the derived text and map spans back when they report them.
 */
public final class MappedText {

  private final String text;
  // sourceIndex[i] is the UTF-16 index in the source of char i; sourceIndex[length] is the end.
  private final int[] sourceIndex;

  private MappedText(String text, int[] sourceIndex) {
    this.text = text;
    this.sourceIndex = sourceIndex;
  }

  /** The source text itself, unchanged. */
  public static MappedText identity(String source) {
    int[] map = new int[source.length() + 1];
    for (int i = 0; i < map.length; i++) {
      map[i] = i;
    }
    return new MappedText(source, map);
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  /** Source index of the character at {@code index} (or of the end, for {@code length()}). */
  public int toSource(int index) {
    return sourceIndex[index];
  }

  /** Source index just after the character before {@code end}: the end of a span ending there. */
  public int toSourceEnd(int end) {
    if (end <= 0) {
      return sourceIndex[0];
    }
    int last = sourceIndex[end - 1];
    char c = text.charAt(end - 1);
    // past the whole pair when a span ends inside one; a lone high surrogate (a damaged file) is
    // one char, and its end must stay inside the source (issue 12 fuzz test)
    boolean pair =
        Character.isHighSurrogate(c)
            && end < text.length()
            && Character.isLowSurrogate(text.charAt(end));
    // a synthetic char standing at the very end of the source ends there, not past it
    return Math.min(pair ? last + 2 : last + 1, sourceIndex[sourceIndex.length - 1]);
  }

  /**
   * This text seen through a further derivation: {@code derived} was made from this text, the
   * result maps straight to this text's source.
   */
  public MappedText compose(MappedText derived) {
    int[] map = new int[derived.sourceIndex.length];
    for (int i = 0; i < map.length; i++) {
      map[i] = sourceIndex[derived.sourceIndex[i]];
    }
    return new MappedText(derived.text, map);
  }

  /** The part of this text between {@code start} and {@code end}, still mapped to the source. */
  public MappedText slice(int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    int[] map = Arrays.copyOfRange(sourceIndex, start, end + 1);
    if (end > start) {
      map[end - start] = toSourceEnd(end);
    }
    return new MappedText(text.substring(start, end), map);
  }

  public static Builder builder(String source) {
    return new Builder(source);
  }

  /** Builds a derived text piece by piece from ranges of the source and inserted characters. */
  public static final class Builder {
    private final String source;
    private final StringBuilder text;
    private int[] map;

    private Builder(String source) {
      this.source = source;
      // a derived text is seldom longer than its source: one allocation in the common case
      int capacity = Math.min(source.length(), 1 << 24) + 16;
      this.text = new StringBuilder(capacity);
      this.map = new int[capacity];
    }

    /** Copies {@code source[from, to)}. */
    public Builder appendSource(int from, int to) {
      Objects.checkFromToIndex(from, to, source.length());
      int n = to - from;
      int at = text.length();
      if (at + n + 1 > map.length) {
        map = Arrays.copyOf(map, Math.max(map.length * 2, at + n + 1));
      }
      // one bulk copy: this is the hot path of every stage that derives a text
      text.append(source, from, to);
      for (int k = 0; k < n; k++) {
        map[at + k] = from + k;
      }
      return this;
    }

    /** Inserts {@code c}, which stands for the source character at {@code sourcePosition}. */
    public Builder appendSynthetic(char c, int sourcePosition) {
      push(c, Math.min(Math.max(sourcePosition, 0), source.length()));
      return this;
    }

    public int length() {
      return text.length();
    }

    public char lastChar() {
      return text.length() == 0 ? '\0' : text.charAt(text.length() - 1);
    }

    private void push(char c, int at) {
      if (text.length() + 1 >= map.length) {
        map = Arrays.copyOf(map, map.length * 2);
      }
      map[text.length()] = at;
      text.append(c);
    }

    /** The derived text; its end maps to {@code sourceEnd}. */
    public MappedText build(int sourceEnd) {
      int n = text.length();
      int[] finalMap = Arrays.copyOf(map, n + 1);
      finalMap[n] = sourceEnd;
      return new MappedText(text.toString(), finalMap);
    }
  }
}
