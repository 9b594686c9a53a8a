package org.duban.core.text;

/** A half-open range {@code [start, end)} of character indices. */
public record Span(int start, int end) {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(int index) {
    return index >= start && index < end;
  }

  public boolean contains(Span other) {
    return other.start >= start && other.end <= end;
  }
}
