package org.duban.core.target;

import org.duban.core.fact.Fact;
import org.duban.core.quantity.Qualifier;

/**
 * The verdict rule of {@code shared/spec/links.md}: a floor is met when the result reaches the
 * target's lower end, a ceiling when it stays at or under its upper end, with a tolerance only for
 * an {@code about} target (左右, 约): half a point for % and pp, 5 % of the value otherwise.
 */
final class Attainment {

  private Attainment() {}

  /**
   * How {@code target} binds: its qualifier first (以上 is a floor, 以内 a ceiling), then a fall is a
   * floor on its size, then the indicator's sense; a floor when nothing says otherwise.
   */
  static Sense sense(Fact target, Reading reading, Indicator indicator) {
    Qualifier q = target.qualifier();
    if (q == Qualifier.AT_MOST || q == Qualifier.UNDER) {
      return Sense.CEILING;
    }
    if (q == Qualifier.AT_LEAST || q == Qualifier.OVER) {
      return Sense.FLOOR;
    }
    if (reading.isFall()) {
      return Sense.FLOOR;
    }
    if (reading.kind() == Reading.Kind.RANK) {
      return Sense.CEILING; // 位居第三: a place at or above the third
    }
    return indicator == null ? Sense.FLOOR : indicator.sense();
  }

  static double tolerance(Fact target, Reading reading) {
    if (target.qualifier() != Qualifier.ABOUT) {
      return 0;
    }
    if (reading.unit().equals("%") || reading.unit().equals("pp")) {
      return 0.5;
    }
    return 0.05 * Math.abs(reading.low());
  }

  /**
   * Whether {@code result} meets {@code target}. A fall target compares the sizes of the falls (a
   * result that rose fell by a negative amount).
   */
  static boolean met(Fact targetFact, Reading target, Sense sense, Reading result) {
    double tol = tolerance(targetFact, target);
    boolean fall = target.isFall();
    double low = fall ? -target.high() : target.low();
    double high = fall ? -target.low() : target.high();
    // A result written as a range counts by its less favourable end.
    double value =
        sense == Sense.FLOOR
            ? (fall ? -result.high() : result.low())
            : (fall ? -result.low() : result.high());
    // Tolerances and values such as 6.9 and 7 - 0.5 compare without float noise.
    double eps = 1e-9 * Math.max(1, Math.abs(value));
    return sense == Sense.FLOOR ? value >= low - tol - eps : value <= high + tol + eps;
  }
}
