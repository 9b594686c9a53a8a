package org.duban.app.ingest;

import java.util.List;

/**
 * An ingest run stored new documents (published after each of them committed, once per run).
 *
 * @param documentIds the ledger ids of the documents the run added
 */
public record DocumentsIngested(List<Long> documentIds) {

  public DocumentsIngested {
    documentIds = List.copyOf(documentIds);
  }
}
