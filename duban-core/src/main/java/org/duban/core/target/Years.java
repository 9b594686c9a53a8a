package org.duban.core.target;

/** The years a figure is about: {@code "2015"} or {@code "2011-2015"}. */
record Years(int first, int last) {

  /** The years of a fact's period, or null when it has none or an unreadable one. */
  static Years parse(String period) {
    if (period == null) {
      return null;
    }
    String p = period.strip();
    try {
      int dash = p.indexOf('-', 1);
      if (dash < 0) {
        int year = Integer.parseInt(p);
        return new Years(year, year);
      }
      return new Years(
          Integer.parseInt(p.substring(0, dash)), Integer.parseInt(p.substring(dash + 1)));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  boolean isSpan() {
    return first != last;
  }

  @Override
  public String toString() {
    return isSpan() ? first + "-" + last : String.valueOf(first);
  }
}
