package org.duban.app.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import org.duban.core.fact.Fact;

/** A fact as the ordered fields of {@code shared/spec/facts.md}. */
public final class FactFields {

  private FactFields() {}

  /** The spec's fields of {@code fact} in the spec's order, with {@code doc} first. */
  public static Map<String, Object> of(String doc, Fact fact) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("doc", doc);
    m.put("start", fact.start());
    m.put("end", fact.end());
    m.put("text", fact.text());
    m.put("value", number(fact.value()));
    m.put("unit", fact.unit());
    m.put("norm_value", number(fact.normValue()));
    m.put("norm_unit", fact.normUnit());
    m.put("norm_high", fact.normHigh() == null ? null : number(fact.normHigh()));
    m.put("qualifier", fact.qualifier().json());
    m.put("measure", fact.measure().name());
    m.put("direction", fact.direction() == null ? null : fact.direction().json());
    m.put("indicator", fact.indicator());
    m.put("modality", fact.modality().name());
    m.put("period", fact.period());
    m.put("region", fact.region());
    return m;
  }

  /** A whole number as an integer, so 228620000000 does not print as 2.2862E11. */
  static Number number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return (long) value;
    }
    return value;
  }
}
