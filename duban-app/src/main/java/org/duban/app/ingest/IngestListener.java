package org.duban.app.ingest;

/** Follows an ingest run file by file, for a progress display. */
public interface IngestListener {

  IngestListener NONE = new IngestListener() {};

  default void started(int files) {}

  default void fileDone(FileOutcome outcome) {}
}
