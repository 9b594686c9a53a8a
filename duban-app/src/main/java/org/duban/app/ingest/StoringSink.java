package org.duban.app.ingest;

import java.util.ArrayList;
import java.util.List;
import org.duban.app.document.DocumentRepository;
import org.duban.app.fact.FactRepository;
import org.duban.core.fact.Fact;
import org.duban.core.pipeline.DocumentHead;
import org.duban.core.pipeline.DocumentSink;

/**
 * Stores one file's documents as the analysis hands them over, inside the file's transaction: a
 * document with its outline and tasks when it begins, its facts in batches as they come, so that
 * however long the document, only one batch of its facts is held.
 */
final class StoringSink implements DocumentSink {

  static final int BATCH = 1_000;

  private final long sourceId;
  private final DocumentRepository documents;
  private final FactRepository facts;
  private final List<Long> ids = new ArrayList<>();
  private final List<Fact> batch = new ArrayList<>(BATCH);
  private long documentId;
  private int count;

  StoringSink(long sourceId, DocumentRepository documents, FactRepository facts) {
    this.sourceId = sourceId;
    this.documents = documents;
    this.facts = facts;
  }

  @Override
  public void begin(DocumentHead document) {
    documentId = documents.insertDocument(sourceId, ids.size(), document);
    ids.add(documentId);
    count = 0;
  }

  @Override
  public void fact(Fact fact) {
    batch.add(fact);
    count++;
    if (batch.size() == BATCH) {
      store();
    }
  }

  @Override
  public void end() {
    store();
    documents.setFactCount(documentId, count);
  }

  /** The ids of the documents stored, in file order. */
  List<Long> documentIds() {
    return List.copyOf(ids);
  }

  private void store() {
    if (!batch.isEmpty()) {
      facts.insertAll(documentId, batch);
    }
    batch.clear();
  }
}
