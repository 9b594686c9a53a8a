package org.duban.app.fact;

/**
 * The fact filters as request parameters, unparsed, so a bad value becomes a 400 that names its
 * parameter rather than a binding error.
 */
public record FactQuery(
    String region,
    String indicator,
    String period,
    String modality,
    String measure,
    String document) {

  public FactFilter toFilter() {
    return FactFilter.of(region, indicator, period, modality, measure, document);
  }
}
