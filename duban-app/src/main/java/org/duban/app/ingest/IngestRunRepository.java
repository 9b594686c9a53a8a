package org.duban.app.ingest;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** Records ingest runs and what became of each file. */
@Component
public final class IngestRunRepository {

  private final JdbcClient jdbc;

  public IngestRunRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long start() {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("insert into ingest_run (started_at) values (?)")
        .param(Timestamp.from(Instant.now()))
        .update(key, "id");
    return key.getKey().longValue();
  }

  void outcome(long runId, FileOutcome file, Long sourceFileId) {
    String message = file.message();
    jdbc.sql(
            "insert into ingest_outcome (run_id, path, outcome, source_file_id, document_count,"
                + " message) values (?, ?, ?, ?, ?, ?)")
        .params(
            runId,
            clip(file.path()),
            file.outcome().name(),
            sourceFileId,
            file.documentIds().size(),
            message == null ? null : clip(message))
        .update();
  }

  void finish(long runId, IngestReport report) {
    jdbc.sql(
            "update ingest_run set finished_at = ?, added = ?, unchanged = ?, failed = ?"
                + " where id = ?")
        .params(
            Timestamp.from(Instant.now()),
            report.count(Outcome.ADDED),
            report.count(Outcome.UNCHANGED),
            report.count(Outcome.FAILED),
            runId)
        .update();
  }

  private static String clip(String s) {
    return s.length() <= 4000 ? s : s.substring(0, 4000);
  }
}
