package org.duban.core.fact;

/** What a figure measures: an amount, a change against a base, a share of a whole, a rank. */
public enum Measure {
  VALUE,
  CHANGE,
  SHARE,
  RANK
}
