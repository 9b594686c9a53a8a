package org.duban.core.fact;

import org.duban.core.quantity.NumeralKind;
import org.duban.core.quantity.Qualifier;
import org.duban.core.quantity.Quantity;
import org.duban.core.quantity.UnitKind;
import org.duban.core.text.Span;

/**
 * One measured number of a document, in the form of {@code shared/spec/facts.md}. Offsets, the
 * quantity's included, are code points into the source file's text.
 *
 * @param quantity the expression as read: number, unit, normalised value, qualifier
 * @param sentence the sentence around the figure, for showing it in context
 * @param period "YYYY" or "YYYY-YYYY", or null when the text does not allow it
 * @param region the place the figure is about, or null when nothing names one
 * @param indicator what the figure measures, or null when nothing names it
 */
public record Fact(
    Quantity quantity,
    Span sentence,
    Measurement measurement,
    String indicator,
    Modality modality,
    String period,
    String region) {

  /**
   * A fact from its stored fields (the ledger, a test): the quantity's unit kind and numeral form
   * are not stored, so they are taken as a count in Arabic digits.
   */
  public static Fact stored(
      int start,
      int end,
      String text,
      double value,
      String unit,
      double normValue,
      String normUnit,
      Double normHigh,
      Qualifier qualifier,
      Measure measure,
      Direction direction,
      String indicator,
      Modality modality,
      String period,
      String region,
      int sentenceStart,
      int sentenceEnd) {
    Quantity quantity =
        new Quantity(
            start,
            end,
            text,
            value,
            unit,
            normValue,
            normUnit,
            normHigh,
            qualifier,
            UnitKind.COUNT,
            NumeralKind.ARABIC,
            end,
            end,
            end);
    return new Fact(
        quantity,
        new Span(sentenceStart, sentenceEnd),
        new Measurement(measure, direction),
        indicator,
        modality,
        period,
        region);
  }

  public int start() {
    return quantity.start();
  }

  public int end() {
    return quantity.end();
  }

  /** The expression exactly as written: "2286.2亿元", "2.3万余次". */
  public String text() {
    return quantity.text();
  }

  /** The number as written, with magnitude words applied unless they belong to the unit. */
  public double value() {
    return quantity.value();
  }

  public String unit() {
    return quantity.unit();
  }

  public double normValue() {
    return quantity.normValue();
  }

  public String normUnit() {
    return quantity.normUnit();
  }

  /** The upper end in the base unit for a range, otherwise null. */
  public Double normHigh() {
    return quantity.normHigh();
  }

  public Qualifier qualifier() {
    return quantity.qualifier();
  }

  public Measure measure() {
    return measurement.measure();
  }

  /** For a change, its sense; otherwise null. */
  public Direction direction() {
    return measurement.direction();
  }

  public int sentenceStart() {
    return sentence.start();
  }

  public int sentenceEnd() {
    return sentence.end();
  }
}
