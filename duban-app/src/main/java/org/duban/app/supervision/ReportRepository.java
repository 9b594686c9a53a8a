package org.duban.app.supervision;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Progress reports and their evidence files, kept in the ledger's database. */
@Repository
class ReportRepository {

  /** An evidence file's bytes with its name and type. */
  record StoredFile(
      long reportId, long itemId, String fileName, String contentType, byte[] bytes) {}

  private final JdbcClient jdbc;

  ReportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(
      long itemId,
      String author,
      Long departmentId,
      Instant at,
      LocalDate on,
      String text,
      int progress,
      String figures) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into progress_report (item_id, author, department_id, reported_at, reported_on,"
                + " body, progress, figures) values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            itemId,
            author,
            departmentId,
            Timestamp.from(at),
            Date.valueOf(on),
            text,
            progress,
            figures)
        .update(key, "id");
    return key.getKey().longValue();
  }

  void insertEvidence(
      long reportId, String fileName, String contentType, String sha256, byte[] bytes) {
    jdbc.sql(
            "insert into evidence_file (report_id, file_name, content_type, byte_count, sha256,"
                + " content) values (?, ?, ?, ?, ?, ?)")
        .params(reportId, fileName, contentType, bytes.length, sha256, bytes)
        .update();
  }

  /** An item's reports, oldest first. */
  List<ProgressReport> ofItem(long itemId) {
    return load("where r.item_id = ?", List.of(itemId));
  }

  /** Every report, by item. */
  Map<Long, List<ProgressReport>> byItem() {
    Map<Long, List<ProgressReport>> reports = new LinkedHashMap<>();
    for (ProgressReport r : load("", List.of())) {
      reports.computeIfAbsent(r.itemId(), k -> new ArrayList<>()).add(r);
    }
    return reports;
  }

  Optional<StoredFile> evidence(long id) {
    return jdbc.sql(
            "select e.report_id, r.item_id, e.file_name, e.content_type, e.content from"
                + " evidence_file e join progress_report r on r.id = e.report_id where e.id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new StoredFile(
                    rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBytes(5)))
        .optional();
  }

  private List<ProgressReport> load(String where, List<Object> params) {
    Map<Long, List<Evidence>> evidence = new LinkedHashMap<>();
    jdbc.sql(
            "select e.report_id, e.id, e.file_name, e.content_type, e.byte_count from evidence_file"
                + " e join progress_report r on r.id = e.report_id "
                + where
                + " order by e.id")
        .params(params)
        .query(
            rs -> {
              evidence
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(new Evidence(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
            });
    return jdbc.sql(
            "select r.id, r.item_id, r.author, d.name, r.reported_at, r.reported_on, r.body,"
                + " r.progress, r.figures from progress_report r left join department d on d.id ="
                + " r.department_id "
                + where
                + " order by r.reported_at, r.id")
        .params(params)
        .query(
            (rs, n) ->
                new ProgressReport(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant(),
                    rs.getDate(6).toLocalDate(),
                    rs.getString(7),
                    rs.getInt(8),
                    rs.getString(9),
                    evidence.getOrDefault(rs.getLong(1), List.of())))
        .list();
  }
}
