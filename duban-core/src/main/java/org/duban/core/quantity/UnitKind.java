package org.duban.core.quantity;

/** What a unit measures; decides how magnitudes are written and which measures make sense. */
public enum UnitKind {
  MONEY,
  AREA,
  LENGTH,
  WEIGHT,
  VOLUME,
  ENERGY,
  POWER,
  PERCENT,
  POINTS,
  PERMILLE,
  TIMES,
  DURATION,
  COUNT,
  RATIO,
  RANK,
  /** A word that begins like a unit but is not one (周年, 部门). */
  NONE;

  /** Whether figures in this unit are proportions (%, percentage points, ‰, multiples). */
  public boolean isRelative() {
    return this == PERCENT || this == POINTS || this == PERMILLE || this == TIMES;
  }
}
