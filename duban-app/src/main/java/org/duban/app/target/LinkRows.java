package org.duban.app.target;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duban.core.fact.Fact;
import org.duban.core.target.Link;
import org.duban.core.target.LinkSink;
import org.duban.core.target.RegionKey;
import org.duban.core.target.TrackedLedger;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes the links of a ledger into {@code target_link} in batches as the linker gives them. */
final class LinkRows implements LinkSink {

  static final int BATCH = 1_000;

  private final JdbcTemplate template;
  private final Map<String, String> places = new HashMap<>();
  private final List<Object[]> batch = new ArrayList<>(BATCH);
  // The part of a target fact a row is (one per indicator its label joins): a fact's links come
  // together, so only the facts at the current start are counted.
  private final Map<Long, Integer> parts = new HashMap<>();
  private String partDocument;
  private int partStart = -1;
  private int stored;

  LinkRows(TrackedLedger ledger, JdbcTemplate template) {
    this.template = template;
    for (TrackedLedger.Document d : ledger.documents()) {
      places.put(d.key(), d.jurisdiction());
    }
  }

  @Override
  public void link(Link link, long targetId, Long resultId) {
    Fact t = link.target();
    if (t.start() != partStart || !link.targetDocument().equals(partDocument)) {
      parts.clear();
      partStart = t.start();
      partDocument = link.targetDocument();
    }
    int part = parts.merge(targetId, 1, Integer::sum) - 1;
    // A figure that names no place is about the place its document speaks for.
    String region = t.region() != null ? t.region() : places.get(link.targetDocument());
    batch.add(
        new Object[] {
          targetId,
          Long.valueOf(link.targetDocument()),
          part,
          clip(region, 200),
          clip(RegionKey.of(region), 200),
          clip(t.period(), 20),
          clip(link.indicator().label(), 1000),
          link.indicator().indicatorId(),
          link.measure().name(),
          link.sense().name(),
          resultId,
          link.result() == null ? null : Long.valueOf(link.resultDocument()),
          link.verdict().name(),
          clip(link.note(), 1000)
        });
    if (batch.size() == BATCH) {
      flush();
    }
  }

  /** Writes what is left; returns how many rows were written in all. */
  int finish() {
    flush();
    return stored;
  }

  private void flush() {
    if (batch.isEmpty()) {
      return;
    }
    template.batchUpdate(
        "insert into target_link (target_fact_id, target_document_id, part_index, region,"
            + " region_key, period, indicator, indicator_id, measure, sense, result_fact_id,"
            + " result_document_id, verdict, note)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        batch);
    stored += batch.size();
    batch.clear();
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
