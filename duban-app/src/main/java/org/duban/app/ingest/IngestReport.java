package org.duban.app.ingest;

import java.time.Duration;
import java.util.List;

/** The result of an ingest run: every file's outcome and the counts. */
public record IngestReport(long runId, List<FileOutcome> files, Duration elapsed) {

  public IngestReport {
    files = List.copyOf(files);
  }

  public long count(Outcome outcome) {
    return files.stream().filter(f -> f.outcome() == outcome).count();
  }

  public int documentsAdded() {
    return files.stream().mapToInt(f -> f.documentIds().size()).sum();
  }

  public List<FileOutcome> skipped() {
    return files.stream().filter(f -> f.outcome() == Outcome.SKIPPED).toList();
  }

  public List<FileOutcome> failures() {
    return files.stream().filter(f -> f.outcome() == Outcome.FAILED).toList();
  }
}
