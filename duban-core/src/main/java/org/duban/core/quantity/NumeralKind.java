package org.duban.core.quantity;

/** How a number is written. */
public enum NumeralKind {
  /** Arabic digits, half- or full-width: 2286.2, １２. */
  ARABIC,
  /** A Chinese numeral with its own magnitudes: 四百三十, 两万. */
  CHINESE,
  /** Chinese digits read one by one, as in years: 二〇三五. */
  POSITIONAL,
  /** A word standing for a number: 首位, 翻番, 三分之一. */
  WORD
}
