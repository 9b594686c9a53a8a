package org.duban.app.target;

import org.duban.app.web.EnumParameter;
import org.duban.app.web.InvalidParameterException;
import org.duban.core.fact.Measure;
import org.duban.core.fact.Modality;
import org.duban.core.target.Indicator;
import org.duban.core.target.IndicatorCatalogue;
import org.duban.core.target.IndicatorKind;

/**
 * Reads the parameters of the series and comparison: a catalogue indicator, a measure, a modality.
 */
final class ChartQuery {

  private ChartQuery() {}

  static Indicator indicator(String value) {
    if (TargetQuery.blankToNull(value) == null) {
      throw new InvalidParameterException(
          "indicator", "is required: give a catalogue id (gdp) or one of its names (地区生产总值)");
    }
    return IndicatorCatalogue.get()
        .find(value)
        .orElseThrow(
            () ->
                new InvalidParameterException(
                    "indicator",
                    "'"
                        + value
                        + "' is not in the indicator catalogue; GET /api/catalogue lists its ids and"
                        + " names"));
  }

  /** The measure asked for; without one, the level of a rate and the change of anything else. */
  static Measure measure(String value, Indicator indicator) {
    String v = TargetQuery.blankToNull(value);
    if (v == null) {
      return indicator.kind() == IndicatorKind.RATE ? Measure.VALUE : Measure.CHANGE;
    }
    return EnumParameter.parse("measure", v, Measure.class);
  }

  static Modality modality(String value) {
    String v = TargetQuery.blankToNull(value);
    return v == null ? Modality.TARGET : EnumParameter.parse("modality", v, Modality.class);
  }

  static String region(String value) {
    String v = TargetQuery.blankToNull(value);
    if (v == null) {
      throw new InvalidParameterException("region", "is required, e.g. 海拉尔区 or 全国");
    }
    return v;
  }

  static String period(String value) {
    String v = TargetQuery.blankToNull(value);
    if (v != null && !v.matches("\\d{4}(-\\d{4})?")) {
      throw new InvalidParameterException(
          "period", "must be a year (2026) or a span of years (2021-2025), not '" + value + "'");
    }
    return v;
  }
}
