package org.duban.core.target;

/**
 * How figures about an indicator read: an amount grows in per cent; a rate is a level in per cent
 * and moves in percentage points; some indicators are only ever stated as a change.
 */
public enum IndicatorKind {
  /** A quantity (money, people, tonnes); a figure in % about it is its change. */
  AMOUNT,
  /** A level written in % (a ratio, a share); a figure in % is its level, one in pp its change. */
  RATE,
  /** Only its rise or fall is stated (prices, intensities, emissions); a % figure is a change. */
  CHANGE
}
