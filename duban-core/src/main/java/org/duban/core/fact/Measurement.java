package org.duban.core.fact;

/** A figure's measure and, for a change, its direction. */
record Measurement(Measure measure, Direction direction) {

  static final Measurement VALUE = new Measurement(Measure.VALUE, null);
  static final Measurement SHARE = new Measurement(Measure.SHARE, null);
  static final Measurement RANK = new Measurement(Measure.RANK, null);

  static Measurement change(Direction direction) {
    return new Measurement(Measure.CHANGE, direction);
  }
}
