package org.duban.app.target;

import java.util.LinkedHashMap;
import java.util.Map;
import org.duban.core.fact.Fact;
import org.duban.core.target.Link;

/** A link as the ordered fields of {@code shared/spec/links.md}. */
final class LinkFields {

  private LinkFields() {}

  /**
   * The spec's fields of {@code link}; {@code targetDoc} and {@code resultDoc} are the names of the
   * two documents' files.
   */
  static Map<String, Object> of(Link link, String targetDoc, String resultDoc) {
    Fact t = link.target();
    Fact r = link.result();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("region", t.region());
    m.put("period", t.period());
    m.put("indicator", link.indicator().label());
    m.put("indicator_id", link.indicator().indicatorId());
    m.put("measure", t.measure().name());
    m.put("target_doc", targetDoc);
    m.put("target_start", t.start());
    m.put("target_text", t.text());
    m.put("target_value", number(t.normValue()));
    m.put("target_high", t.normHigh() == null ? null : number(t.normHigh()));
    m.put("target_qualifier", t.qualifier().json());
    m.put("sense", link.sense().json());
    m.put("result_doc", r == null ? null : resultDoc);
    m.put("result_start", r == null ? null : r.start());
    m.put("result_text", r == null ? null : r.text());
    m.put("result_value", r == null ? null : number(r.normValue()));
    m.put("verdict", link.verdict().json());
    m.put("note", link.note());
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
