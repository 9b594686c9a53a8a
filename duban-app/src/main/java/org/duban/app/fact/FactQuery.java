package org.duban.app.fact;

import org.duban.app.web.EnumParameter;
import org.duban.app.web.InvalidParameterException;
import org.duban.core.fact.Measure;
import org.duban.core.fact.Modality;

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

  /** The filter these parameters ask for; a value that cannot match is a 400 naming it. */
  public FactFilter toFilter() {
    return new FactFilter(
        blankToNull(region),
        blankToNull(indicator),
        period(period),
        EnumParameter.parse("modality", modality, Modality.class),
        EnumParameter.parse("measure", measure, Measure.class),
        document(document));
  }

  private static String period(String value) {
    String v = blankToNull(value);
    if (v != null && !v.matches("\\d{4}(-\\d{4})?")) {
      throw new InvalidParameterException(
          "period",
          "must be a year (2024) or a span of years (2021-2025), not '" + value + "'",
          "时期应写年份（2024）或年份区间（2021-2025），而不是“" + value + "”");
    }
    return v;
  }

  private static Long document(String value) {
    String v = blankToNull(value);
    if (v == null) {
      return null;
    }
    try {
      return Long.valueOf(v);
    } catch (NumberFormatException e) {
      throw new InvalidParameterException(
          "document",
          "must be a document id (a whole number), not '" + value + "'",
          "文档编号应是整数，而不是“" + value + "”");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
