package org.duban.app.ingest;

import java.util.List;

/**
 * One file's result.
 *
 * @param documentIds the stored documents read from the file (empty unless added)
 * @param message why it failed or was skipped, for people; null otherwise
 */
public record FileOutcome(String path, Outcome outcome, List<Long> documentIds, String message) {

  public FileOutcome {
    documentIds = List.copyOf(documentIds);
  }
}
