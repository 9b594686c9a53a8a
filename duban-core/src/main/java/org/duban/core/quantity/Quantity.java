package org.duban.core.quantity;

import java.util.function.IntUnaryOperator;

/**
 * A quantity expression found in text: a number with its magnitude and unit, read and normalised.
 * Offsets are indices into the text that was scanned.
 *
 * @param text the expression exactly as written ("2286.2亿元", "2.3万余次", "第三", "4.5%—5%")
 * @param value the number as written, magnitude words applied unless they are part of {@code unit}
 * @param unit the unit as written, with its magnitude word where that belongs to it ("亿元")
 * @param normHigh the upper end of a range in the base unit, or null
 * @param numeral how the (first) number is written
 * @param numberEnd where the number itself ends, before magnitude and unit
 * @param qualifierStart where a qualifier word before the expression starts, or {@code start}
 * @param qualifierEnd where a qualifier word after the expression ends, or {@code end}
 */
public record Quantity(
    int start,
    int end,
    String text,
    double value,
    String unit,
    double normValue,
    String normUnit,
    Double normHigh,
    Qualifier qualifier,
    UnitKind kind,
    NumeralKind numeral,
    int numberEnd,
    int qualifierStart,
    int qualifierEnd) {

  /** The same quantity with another qualifier and the qualifier words' extent. */
  public Quantity withQualifier(Qualifier q, int qStart, int qEnd) {
    return new Quantity(
        start, end, text, value, unit, normValue, normUnit, normHigh, q, kind, numeral, numberEnd,
        qStart, qEnd);
  }

  /** The same quantity read as a rank (排名上升到24位: a count of 位 after a ranking verb). */
  public Quantity asRank() {
    return new Quantity(
        start,
        end,
        text,
        value,
        unit,
        value,
        "rank",
        null,
        qualifier,
        UnitKind.RANK,
        numeral,
        numberEnd,
        qualifierStart,
        qualifierEnd);
  }

  /**
   * The same quantity with its offsets moved into another text, such as the source file the scanned
   * text was cleaned from.
   *
   * @param starts maps an offset where something starts
   * @param ends maps an offset where something ends (exclusive)
   */
  public Quantity withOffsets(IntUnaryOperator starts, IntUnaryOperator ends) {
    return new Quantity(
        starts.applyAsInt(start),
        ends.applyAsInt(end),
        text,
        value,
        unit,
        normValue,
        normUnit,
        normHigh,
        qualifier,
        kind,
        numeral,
        ends.applyAsInt(numberEnd),
        starts.applyAsInt(qualifierStart),
        ends.applyAsInt(qualifierEnd));
  }
}
