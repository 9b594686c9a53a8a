package org.duban.core.fact;

/** A year or a span of years that a figure is about. */
record Period(int first, int last) {

  static Period year(int year) {
    return new Period(year, year);
  }

  boolean isSpan() {
    return first != last;
  }

  /** The span of {@code years} years ending with this period's last year. */
  Period spanning(int years) {
    return new Period(last - years + 1, last);
  }

  @Override
  public String toString() {
    return isSpan() ? first + "-" + last : String.valueOf(first);
  }
}
