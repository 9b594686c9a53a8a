package org.duban.app.fact;

import java.util.Arrays;
import java.util.Locale;
import org.duban.app.web.InvalidParameterException;
import org.duban.core.fact.Measure;
import org.duban.core.fact.Modality;

/**
 * Which facts a query returns; null fields do not filter.
 *
 * @param indicator a part of the indicator's label
 */
public record FactFilter(
    String region,
    String indicator,
    String period,
    Modality modality,
    Measure measure,
    Long document) {

  public static final FactFilter ALL = new FactFilter(null, null, null, null, null, null);

  /** A filter from request parameters; a value that cannot match is a 400 naming its parameter. */
  public static FactFilter of(
      String region,
      String indicator,
      String period,
      String modality,
      String measure,
      String document) {
    return new FactFilter(
        blankToNull(region),
        blankToNull(indicator),
        period(period),
        constant("modality", modality, Modality.class),
        constant("measure", measure, Measure.class),
        document(document));
  }

  private static String period(String value) {
    String v = blankToNull(value);
    if (v != null && !v.matches("\\d{4}(-\\d{4})?")) {
      throw new InvalidParameterException(
          "period", "must be a year (2024) or a span of years (2021-2025), not '" + value + "'");
    }
    return v;
  }

  private static <E extends Enum<E>> E constant(String parameter, String value, Class<E> type) {
    String v = blankToNull(value);
    if (v == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(
          parameter,
          "must be one of " + Arrays.toString(type.getEnumConstants()) + ", not '" + value + "'");
    }
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
          "document", "must be a document id (a whole number), not '" + value + "'");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
