package org.duban.core.fact;

/** What a word before a figure says about the figure's measure (see {@code measure-cues.tsv}). */
enum MeasureCue {
  UP,
  DOWN,
  RATE_UP,
  RATE_DOWN,
  LEVEL,
  SHARE,
  NEUTRAL;

  boolean isChange() {
    return this == UP || this == DOWN;
  }

  boolean isRate() {
    return this == RATE_UP || this == RATE_DOWN;
  }

  Direction direction() {
    return this == UP || this == RATE_UP ? Direction.UP : Direction.DOWN;
  }
}
