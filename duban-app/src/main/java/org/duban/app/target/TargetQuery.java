package org.duban.app.target;

import java.util.Optional;
import org.duban.app.web.InvalidParameterException;
import org.duban.core.target.Indicator;
import org.duban.core.target.IndicatorCatalogue;
import org.duban.core.target.RegionKey;
import org.duban.core.target.Verdict;

/**
 * The filters of the targets table as request parameters, unparsed, so a bad value becomes a 400
 * that names its parameter.
 *
 * @param indicator a catalogue id, one of its names, or a part of a label outside the catalogue
 * @param verdict met, missed, no_result, pending or their Chinese names
 * @param catalogued {@code true} for targets whose indicator is in the catalogue only
 */
public record TargetQuery(
    String region, String period, String indicator, String verdict, String catalogued) {

  /** Which links a query returns; null fields do not filter. */
  record Filter(
      String regionKey,
      String period,
      String indicatorId,
      String label,
      Verdict verdict,
      boolean catalogued) {}

  Filter toFilter() {
    String p = blankToNull(period);
    if (p != null && !p.matches("\\d{4}(-\\d{4})?")) {
      throw new InvalidParameterException(
          "period", "must be a year (2024) or a span of years (2021-2025), not '" + period + "'");
    }
    Verdict v = null;
    if (blankToNull(verdict) != null) {
      try {
        v = Verdict.parse(verdict);
      } catch (IllegalArgumentException e) {
        throw new InvalidParameterException("verdict", e.getMessage());
      }
    }
    String i = blankToNull(indicator);
    Optional<Indicator> known = IndicatorCatalogue.get().find(i);
    String c = blankToNull(catalogued);
    if (c != null && !c.matches("(?i)true|false|on")) {
      throw new InvalidParameterException("catalogued", "must be true or false, not '" + c + "'");
    }
    return new Filter(
        RegionKey.of(blankToNull(region)),
        p,
        known.map(Indicator::id).orElse(null),
        known.isPresent() ? null : i,
        v,
        c != null && !c.equalsIgnoreCase("false"));
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
