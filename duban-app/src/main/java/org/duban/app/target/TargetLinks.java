package org.duban.app.target;

import java.util.Set;
import org.duban.app.config.LedgerVersion;
import org.duban.app.document.DocumentDeleted;
import org.duban.app.fact.FactRepository;
import org.duban.app.ingest.DocumentsIngested;
import org.duban.core.target.IndicatorCatalogue;
import org.duban.core.target.TargetLinker;
import org.duban.core.target.TrackedLedger;
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
    TrackedLedger ledger = documents.about(keys);
    int rows =
        transaction.execute(
            status -> {
              jdbc.sql("delete from target_link where region_key in (:keys)")
                  .param("keys", keys)
                  .update();
              return store(ledger);
            });
    version.changed();
    return rows;
  }

  /** Links every target of the ledger again; returns how many there are. */
  public synchronized int relinkAll() {
    TrackedLedger ledger = documents.all();
    int rows =
        transaction.execute(
            status -> {
              jdbc.sql("delete from target_link").update();
              int stored = store(ledger);
              jdbc.sql("delete from target_link_state").update();
              jdbc.sql("insert into target_link_state (id, catalogue_version) values (:id, :v)")
                  .param("id", STATE_ROW)
                  .param("v", catalogue.version())
                  .update();
              return stored;
            });
    version.changed();
    return rows;
  }

  /** Links the targets of {@code ledger} and stores the links as they come, a batch at a time. */
  private int store(TrackedLedger ledger) {
    LinkRows rows = new LinkRows(ledger, template);
    linker.link(ledger, rows);
    return rows.finish();
  }
}
