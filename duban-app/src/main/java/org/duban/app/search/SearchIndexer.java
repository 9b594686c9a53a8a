package org.duban.app.search;

import org.duban.app.document.DocumentDeleted;
import org.duban.app.document.DocumentRepository;
import org.duban.app.document.DocumentSummary;
import org.duban.app.document.StoredText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps the search index in step with the database: per document, or rebuilt whole. */
@Component
public final class SearchIndexer {

  private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

  private final SearchIndex index;
  private final DocumentRepository documents;

  public SearchIndexer(SearchIndex index, DocumentRepository documents) {
    this.index = index;
    this.documents = documents;
  }

  /** Adds a stored document's sentences (visible after {@link SearchIndex#commit()}). */
  public void add(DocumentSummary document, StoredText text) {
    index.add(
        new IndexedDocument(
            document.id(),
            document.title(),
            document.region(),
            document.year(),
            document.type(),
            text));
  }

  /** Throws the index away and indexes every stored document again; returns how many. */
  public synchronized int rebuild() {
    index.deleteAll();
    int n = 0;
    for (long id : documents.ids()) {
      var summary = documents.find(id);
      var text = documents.text(id);
      if (summary.isPresent() && text.isPresent()) {
        add(summary.get(), text.get());
        n++;
      }
    }
    index.commit();
    return n;
  }

  /** A removed document's sentences leave the index too. */
  @EventListener
  void documentDeleted(DocumentDeleted event) {
    index.delete(event.documentId());
    index.commit();
  }

  /** An index folder that is new or was lost is filled from the database on start. */
  @EventListener(ApplicationReadyEvent.class)
  void rebuildIfEmpty() {
    if (index.isEmpty() && documents.count() > 0) {
      log.info("search index in {} is empty; rebuilding it from the ledger", index.path());
      int n = rebuild();
      log.info("indexed {} documents", n);
    }
  }
}
