package org.duban.core.target;

import org.duban.core.fact.Direction;
import org.duban.core.fact.Fact;
import org.duban.core.fact.Measure;
import org.duban.core.quantity.Qualifier;

/**
 * What a figure says about an indicator: a level, a change or a rank, in a base unit, a fall
 * counting negative. The indicator's kind decides where the words around the figure are unclear: a
 * figure in % is the growth of an amount (国内生产总值7%) but the level of a rate (城镇调查失业率降到5.5%).
 *
 * @param low the value, or a range's lower end
 * @param high a range's upper end, otherwise {@code low}
 */
record Reading(Kind kind, String unit, double low, double high) {

  enum Kind {
    LEVEL,
    CHANGE,
    RANK
  }

  static Reading of(Fact fact, Indicator indicator) {
    String unit = fact.normUnit() == null ? "" : fact.normUnit();
    Kind kind = kind(fact, indicator, unit);
    double low = fact.normValue();
    double high =
        fact.qualifier() == Qualifier.RANGE && fact.normHigh() != null ? fact.normHigh() : low;
    if (kind == Kind.CHANGE && fact.direction() == Direction.DOWN) {
      return new Reading(kind, unit, -high, -low);
    }
    return new Reading(kind, unit, low, high);
  }

  private static Kind kind(Fact fact, Indicator indicator, String unit) {
    if (fact.measure() == Measure.RANK) {
      return Kind.RANK;
    }
    if (indicator != null && unit.equals("%")) {
      return indicator.kind() == IndicatorKind.RATE ? Kind.LEVEL : Kind.CHANGE;
    }
    if (indicator != null && unit.equals("pp") && indicator.kind() == IndicatorKind.RATE) {
      return Kind.CHANGE;
    }
    return fact.measure() == Measure.CHANGE ? Kind.CHANGE : Kind.LEVEL;
  }

  /** The measure this reading compares: a level as {@code VALUE}. */
  Measure measure() {
    return switch (kind) {
      case LEVEL -> Measure.VALUE;
      case CHANGE -> Measure.CHANGE;
      case RANK -> Measure.RANK;
    };
  }

  /** Whether a result read this way can answer a target read as {@code target}. */
  boolean comparableWith(Reading target) {
    return kind == target.kind && unit.equals(target.unit);
  }

  /** Whether this is a fall (a target to reduce something by so much). */
  boolean isFall() {
    return kind == Kind.CHANGE && high < 0;
  }
}
