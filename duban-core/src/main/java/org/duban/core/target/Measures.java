package org.duban.core.target;

import org.duban.core.fact.Fact;
import org.duban.core.fact.Measure;

/**
 * What a figure measures about an indicator, read with the indicator's kind: the measure targets
 * and results are compared by.
 */
public final class Measures {

  private Measures() {}

  /**
   * {@code VALUE} for a level, {@code CHANGE} for a change, {@code RANK} for a rank: a figure in %
   * is the growth of an amount (经济增长7%) but the level of a rate (城镇调查失业率降到5.2%).
   */
  public static Measure compared(Fact fact, Indicator indicator) {
    return Reading.of(fact, indicator).measure();
  }
}
