package org.duban.core.fact;

import java.util.Optional;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.quantity.Quantity;

/**
 * One figure of an article on its way to becoming a fact: its quantity, where it stands, and the
 * attributes the stages have given it so far. Each stage returns a copy with its own attribute set;
 * reading an attribute no stage has provided yet is a wiring mistake and fails at once.
 *
 * @param quantity the expression as read, in the article text's indices
 * @param writtenYears the years written before it
 * @param period the year or span it is about, empty when the text does not allow it
 * @param region the place it is about, empty when neither the text nor the document names one
 * @param indicator what it measures, empty when nothing names it
 */
record Figure(
    ArticleContext article,
    Quantity quantity,
    FigurePlace place,
    Measurement measurement,
    WrittenYears writtenYears,
    Modality modality,
    Optional<Period> period,
    Optional<String> region,
    Optional<String> indicator) {

  /** A figure no stage has seen yet. */
  static Figure of(ArticleContext article, Quantity quantity, FigurePlace place) {
    return new Figure(article, quantity, place, null, null, null, null, null, null);
  }

  String text() {
    return article.text();
  }

  DocumentMeta meta() {
    return article.meta();
  }

  @Override
  public Measurement measurement() {
    return provided(measurement, Attribute.MEASURE);
  }

  @Override
  public WrittenYears writtenYears() {
    return provided(writtenYears, Attribute.WRITTEN_YEAR);
  }

  @Override
  public Modality modality() {
    return provided(modality, Attribute.MODALITY);
  }

  @Override
  public Optional<Period> period() {
    return provided(period, Attribute.PERIOD);
  }

  @Override
  public Optional<String> region() {
    return provided(region, Attribute.REGION);
  }

  @Override
  public Optional<String> indicator() {
    return provided(indicator, Attribute.INDICATOR);
  }

  Figure withMeasurement(Measurement m) {
    return new Figure(
        article, quantity, place, m, writtenYears, modality, period, region, indicator);
  }

  Figure withWrittenYears(WrittenYears years) {
    return new Figure(
        article, quantity, place, measurement, years, modality, period, region, indicator);
  }

  Figure withModality(Modality m) {
    return new Figure(
        article, quantity, place, measurement, writtenYears, m, period, region, indicator);
  }

  Figure withPeriod(Period p) {
    return new Figure(
        article,
        quantity,
        place,
        measurement,
        writtenYears,
        modality,
        Optional.ofNullable(p),
        region,
        indicator);
  }

  Figure withRegion(String r) {
    return new Figure(
        article,
        quantity,
        place,
        measurement,
        writtenYears,
        modality,
        period,
        Optional.ofNullable(r),
        indicator);
  }

  Figure withIndicator(String label) {
    return new Figure(
        article,
        quantity,
        place,
        measurement,
        writtenYears,
        modality,
        period,
        region,
        Optional.ofNullable(label));
  }

  private static <T> T provided(T value, Attribute attribute) {
    if (value == null) {
      throw new IllegalStateException(
          attribute + " is read before the stage that provides it has run");
    }
    return value;
  }
}
