package org.duban.core.fact;

/** A figure's measure and, for a change, its direction (null unless a change). */
public record Measurement(Measure measure, Direction direction) {

  public static final Measurement VALUE = new Measurement(Measure.VALUE, null);
  public static final Measurement SHARE = new Measurement(Measure.SHARE, null);
  public static final Measurement RANK = new Measurement(Measure.RANK, null);

  public static Measurement change(Direction direction) {
    return new Measurement(Measure.CHANGE, direction);
  }
}
