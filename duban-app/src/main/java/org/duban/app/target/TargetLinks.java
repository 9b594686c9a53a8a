package org.duban.app.target;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duban.app.config.LedgerVersion;
import org.duban.app.document.DocumentDeleted;
import org.duban.app.fact.FactRepository;
import org.duban.app.ingest.DocumentsIngested;
import org.duban.core.fact.Fact;
import org.duban.core.target.IndicatorCatalogue;
import org.duban.core.target.Link;
import org.duban.core.target.RegionKey;
import org.duban.core.target.TargetLinker;
import org.duban.core.target.TrackedDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the stored links of targets to results up to date: the places a new document speaks of are
 * linked again after each ingest (a new report settles earlier pending targets), the whole ledger
 * after a deletion (removing a report reopens them) and after the catalogue changed. Linking is a
 * function of the stored documents alone, so the order they were ingested in changes nothing.
 */
@Service
public final class TargetLinks {

  private static final Logger log = LoggerFactory.getLogger(TargetLinks.class);
  private static final int STATE_ROW = 1;

  private final LedgerDocuments documents;
  private final FactRepository facts;
  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final TransactionTemplate transaction;
  private final LedgerVersion version;
  private final IndicatorCatalogue catalogue = IndicatorCatalogue.get();
  private final TargetLinker linker = new TargetLinker(catalogue);

  TargetLinks(
      LedgerDocuments documents,
      FactRepository facts,
      JdbcClient jdbc,
      JdbcTemplate template,
      TransactionTemplate transaction,
      LedgerVersion version) {
    this.documents = documents;
    this.facts = facts;
    this.jdbc = jdbc;
    this.template = template;
    this.transaction = transaction;
    this.version = version;
  }

  @EventListener
  void onIngested(DocumentsIngested event) {
    relink(documents.placesOf(event.documentIds()));
  }

  @EventListener
  void onDeleted(DocumentDeleted event) {
    // The deleted document's facts are gone, and with them the places it spoke of: link all.
    relinkAll();
  }

  /** Links everything again when the stored links were made with another catalogue. */
  @EventListener(ApplicationReadyEvent.class)
  void onStart() {
    String stored =
        jdbc.sql("select catalogue_version from target_link_state where id = :id")
            .param("id", STATE_ROW)
            .query(String.class)
            .optional()
            .orElse(null);
    if (!catalogue.version().equals(stored)) {
      int known = facts.recomputeIndicatorIds();
      int links = relinkAll();
      log.info(
          "target links computed with catalogue {}: {} facts have a catalogue indicator, {} targets",
          catalogue.version(),
          known,
          links);
    }
  }

  /** Links the targets about the places of {@code keys} again; returns how many there are. */
  public synchronized int relink(Set<String> keys) {
    if (keys.isEmpty()) {
      return 0;
    }
    if (keys.contains(null)) {
      return relinkAll();
    }
    LedgerDocuments.Loaded loaded = documents.about(keys);
    List<Object[]> rows = rows(loaded);
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql("delete from target_link where region_key in (:keys)")
              .param("keys", keys)
              .update();
          insert(rows);
        });
    version.changed();
    return rows.size();
  }

  /** Links every target of the ledger again; returns how many there are. */
  public synchronized int relinkAll() {
    List<Object[]> rows = rows(documents.all());
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql("delete from target_link").update();
          insert(rows);
          jdbc.sql("delete from target_link_state").update();
          jdbc.sql("insert into target_link_state (id, catalogue_version) values (:id, :v)")
              .param("id", STATE_ROW)
              .param("v", catalogue.version())
              .update();
        });
    version.changed();
    return rows.size();
  }

  private List<Object[]> rows(LedgerDocuments.Loaded loaded) {
    List<Link> links = linker.link(loaded.documents());
    IdentityHashMap<Fact, Long> factIds = loaded.factIds();
    Map<String, String> places = new HashMap<>();
    for (TrackedDocument d : loaded.documents()) {
      places.put(d.key(), d.document().meta().jurisdiction());
    }
    Map<Fact, Integer> parts = new IdentityHashMap<>();
    List<Object[]> rows = new ArrayList<>(links.size());
    for (Link link : links) {
      Fact t = link.target();
      Fact r = link.result();
      int part = parts.merge(t, 1, Integer::sum) - 1;
      // A figure that names no place is about the place its document speaks for.
      String region = t.region() != null ? t.region() : places.get(link.targetDocument());
      rows.add(
          new Object[] {
            factIds.get(t),
            Long.valueOf(link.targetDocument()),
            part,
            clip(region, 200),
            clip(RegionKey.of(region), 200),
            clip(t.period(), 20),
            clip(link.indicator().label(), 1000),
            link.indicator().indicatorId(),
            link.measure().name(),
            link.sense().name(),
            r == null ? null : factIds.get(r),
            r == null ? null : Long.valueOf(link.resultDocument()),
            link.verdict().name(),
            clip(link.note(), 1000)
          });
    }
    return rows;
  }

  private void insert(List<Object[]> rows) {
    template.batchUpdate(
        "insert into target_link (target_fact_id, target_document_id, part_index, region,"
            + " region_key, period, indicator, indicator_id, measure, sense, result_fact_id,"
            + " result_document_id, verdict, note)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
