package org.duban.core.quantity;

/** How a figure relates to the true amount: exactly, about, over, at least, at most, under. */
public enum Qualifier {
  EXACT,
  ABOUT,
  OVER,
  AT_LEAST,
  AT_MOST,
  UNDER,
  RANGE;

  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
