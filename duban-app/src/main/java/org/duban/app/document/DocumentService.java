package org.duban.app.document;

import org.duban.app.audit.Actor;
import org.duban.app.audit.AuditEntry;
import org.duban.app.audit.AuditLog;
import org.duban.app.config.LedgerDurability;
import org.duban.app.config.LedgerVersion;
import org.duban.app.fact.FactFilter;
import org.duban.app.fact.FactRepository;
import org.duban.app.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads stored documents whole, and removes them from the ledger and the index. */
@Service
public final class DocumentService {

  /** The longest part of a text answered or shown at once, in code points (about 600 KB). */
  public static final int PART = 200_000;

  /** The most facts a document's detail lists. */
  public static final int DETAIL_FACTS = 10_000;

  private final DocumentRepository documents;
  private final FactRepository facts;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;
  private final TransactionTemplate transaction;
  private final LedgerVersion version;
  private final DocumentChangeLog changes;
  private final LedgerDurability durability;

  public DocumentService(
      DocumentRepository documents,
      FactRepository facts,
      ApplicationEventPublisher events,
      AuditLog audit,
      TransactionTemplate transaction,
      LedgerVersion version,
      DocumentChangeLog changes,
      LedgerDurability durability) {
    this.documents = documents;
    this.facts = facts;
    this.events = events;
    this.audit = audit;
    this.transaction = transaction;
    this.version = version;
    this.changes = changes;
    this.durability = durability;
  }

  public DocumentSummary summary(long id) {
    return documents.find(id).orElseThrow(() -> new NotFoundException("document", id));
  }

  public StoredText text(long id) {
    return documents.text(id).orElseThrow(() -> new NotFoundException("document", id));
  }

  /**
   * A part of a document's text, at most {@link #PART} code points from {@code from} (offsets from
   * the document's start).
   */
  public TextPart textPart(long id, int from, int to) {
    int end = (int) Math.min(to, (long) from + PART);
    return documents
        .textPart(id, from, end)
        .orElseThrow(() -> new NotFoundException("document", id));
  }

  /**
   * A document with its outline, tasks and facts; a document with more than {@link #DETAIL_FACTS}
   * facts lists the first ones (its summary's factCount says how many there are, {@code
   * /api/facts?document=} pages through them all).
   */
  public DocumentDetail detail(long id) {
    DocumentSummary summary = summary(id);
    TextPart place = textPart(id, 0, 0);
    return new DocumentDetail(
        summary,
        place.documentStart(),
        place.documentStart() + place.documentLength(),
        documents.outline(id),
        documents.tasks(id),
        facts.find(new FactFilter(null, null, null, null, null, id), DETAIL_FACTS, 0));
  }

  /** Removes a document and its facts, records who did it, and tells who keeps copies. */
  public void delete(long id, Actor actor) {
    DocumentSummary summary = summary(id);
    transaction.executeWithoutResult(
        status -> {
          documents.delete(id);
          audit.record(
              AuditEntry.success(
                  actor, "DELETE", "document", id, summary.source() + ": " + summary.title()));
          changes.deleted(id);
        });
    durability.flush();
    version.changed();
    events.publishEvent(new DocumentDeleted(id));
  }
}
