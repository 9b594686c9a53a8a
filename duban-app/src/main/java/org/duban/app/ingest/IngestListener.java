package org.duban.app.ingest;

/**
 * Follows an ingest run for a progress display: each file as it is stored, then the search index as
 * it takes the stored documents, then its commit.
 */
public interface IngestListener {

  IngestListener NONE = new IngestListener() {};

  default void started(int files) {}

  /** A file's outcome, reported once it is committed (or known to fail). */
  default void fileDone(FileOutcome outcome) {}

  /** The search index starts taking about this many documents. */
  default void indexing(int documents) {}

  /** One more document is in the search index. */
  default void indexed() {}

  /** The search index is being written to disk. */
  default void committing() {}
}
