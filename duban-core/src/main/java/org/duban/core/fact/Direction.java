package org.duban.core.fact;

/** The sense of a change. */
public enum Direction {
  UP,
  DOWN;

  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
