package org.duban.app.ingest;

/** What became of one file in an ingest run. */
public enum Outcome {
  /** Its documents were stored. */
  ADDED,
  /** A file with the same content was stored before; nothing changed. */
  UNCHANGED,
  /** It is not a document (a manifest, a table of files); nothing of it was kept. */
  SKIPPED,
  /** It could not be read or stored; nothing of it was kept. */
  FAILED
}
