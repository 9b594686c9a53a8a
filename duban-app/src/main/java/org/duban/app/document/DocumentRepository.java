package org.duban.app.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duban.app.fact.RegionName;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.meta.DocumentType;
import org.duban.core.pipeline.AnalyzedDocument;
import org.duban.core.pipeline.DocumentHead;
import org.duban.core.structure.OutlineNode;
import org.duban.core.structure.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** Stores source files and the documents read from them, with their skeletons and tasks. */
@Component
public final class DocumentRepository {

  private static final String SUMMARY_COLUMNS =
      "d.id, d.title, d.doc_type, d.region, d.doc_year, d.issued_on, d.fact_count, s.file_name";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public DocumentRepository(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** The id of the stored file with this content hash, if any. */
  public Optional<Long> findSourceByHash(String contentHash) {
    return jdbc.sql("select id from source_file where content_hash = ?")
        .param(contentHash)
        .query(Long.class)
        .optional();
  }

  public long insertSource(String fileName, String contentHash, String text) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into source_file (file_name, content_hash, char_count, content, ingested_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(
            fileName,
            contentHash,
            text.codePointCount(0, text.length()),
            text,
            Timestamp.from(Instant.now()))
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** Stores one document of a file with its outline and tasks; returns its id. */
  public long insertDocument(long sourceId, int partIndex, AnalyzedDocument document) {
    return insertDocument(sourceId, partIndex, document.head(), document.facts().size());
  }

  /**
   * Stores a document whose facts are still to come, with its outline and tasks; {@link
   * #setFactCount} says how many there were once they are stored.
   */
  public long insertDocument(long sourceId, int partIndex, DocumentHead document) {
    return insertDocument(sourceId, partIndex, document, 0);
  }

  public void setFactCount(long documentId, int factCount) {
    jdbc.sql("update document set fact_count = ? where id = ?")
        .params(factCount, documentId)
        .update();
  }

  private long insertDocument(long sourceId, int partIndex, DocumentHead document, int factCount) {
    DocumentMeta meta = document.meta();
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into document (source_file_id, part_index, start_pos, end_pos, title,"
                + " doc_type, region, jurisdiction_level, doc_year, issued_on, issuer, fact_count)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            sourceId,
            partIndex,
            document.start(),
            document.end(),
            clip(meta.title(), 2000),
            meta.type().name(),
            clip(meta.jurisdiction(), 200),
            meta.level().name(),
            meta.year(),
            meta.date(),
            clip(meta.issuer(), 500),
            factCount)
        .update(key, "id");
    long id = key.getKey().longValue();
    insertOutline(id, document.outline());
    insertTasks(id, document.tasks());
    return id;
  }

  private void insertOutline(long documentId, List<OutlineNode> outline) {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < outline.size(); i++) {
      OutlineNode n = outline.get(i);
      rows.add(
          new Object[] {
            documentId,
            i,
            n.level(),
            clip(n.number(), 40),
            clip(n.title(), 4000),
            n.start(),
            n.end(),
            n.role().json(),
            n.kind().json()
          });
    }
    template.batchUpdate(
        "insert into outline_node (document_id, ordinal, node_level, number, title, start_pos,"
            + " end_pos, role, kind) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  private void insertTasks(long documentId, List<Task> tasks) {
    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      KeyHolder key = new GeneratedKeyHolder();
      jdbc.sql(
              "insert into task (document_id, ordinal, number, title, start_pos, end_pos)"
                  + " values (?, ?, ?, ?, ?, ?)")
          .params(
              documentId,
              i,
              clip(t.node().number(), 40),
              clip(t.node().title(), 4000),
              t.node().start(),
              t.node().end())
          .update(key, "id");
      long taskId = key.getKey().longValue();
      List<Object[]> units = new ArrayList<>();
      for (String unit : t.leadUnits()) {
        units.add(new Object[] {taskId, units.size(), clip(unit, 500), true});
      }
      for (String unit : t.supportingUnits()) {
        units.add(new Object[] {taskId, units.size(), clip(unit, 500), false});
      }
      template.batchUpdate(
          "insert into task_unit (task_id, ordinal, unit_name, is_lead) values (?, ?, ?, ?)",
          units);
    }
  }

  /** The documents the filter lets through, newest year first. */
  public List<DocumentSummary> list(DocumentFilter filter) {
    return list(filter, Integer.MAX_VALUE, 0);
  }

  /** At most {@code limit} of the documents the filter lets through from {@code offset}. */
  public List<DocumentSummary> list(DocumentFilter filter, int limit, int offset) {
    Map<String, Object> params = new LinkedHashMap<>();
    String order = " order by d.doc_year desc nulls last, d.id";
    // The page is cut from the documents alone, then joined to their files' names.
    String sql =
        "select "
            + SUMMARY_COLUMNS
            + " from (select * from document d"
            + where(filter, params)
            + order
            + " limit :limit offset :offset) d join source_file s on s.id = d.source_file_id"
            + order;
    params.put("limit", limit);
    params.put("offset", offset);
    return jdbc.sql(sql).params(params).query(this::summary).list();
  }

  /** How many documents the filter lets through. */
  public long count(DocumentFilter filter) {
    Map<String, Object> params = new LinkedHashMap<>();
    return jdbc.sql("select count(*) from document d" + where(filter, params))
        .params(params)
        .query(Long.class)
        .single();
  }

  private static String where(DocumentFilter filter, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder(" where 1 = 1");
    if (filter.region() != null) {
      sql.append(" and d.region in (:regions)");
      params.put("regions", RegionName.variants(filter.region()));
    }
    if (filter.year() != null) {
      sql.append(" and d.doc_year = :year");
      params.put("year", filter.year());
    }
    if (filter.type() != null) {
      sql.append(" and d.doc_type = :type");
      params.put("type", filter.type().name());
    }
    return sql.toString();
  }

  public Optional<DocumentSummary> find(long id) {
    return jdbc.sql(
            "select "
                + SUMMARY_COLUMNS
                + " from document d join source_file s on s.id = d.source_file_id where d.id = ?")
        .param(id)
        .query(this::summary)
        .optional();
  }

  /** Where a document lies in its file, and the file's text. */
  public Optional<StoredText> text(long id) {
    return jdbc.sql(
            "select d.start_pos, d.end_pos, s.content from document d"
                + " join source_file s on s.id = d.source_file_id where d.id = ?")
        .param(id)
        .query((rs, n) -> new StoredText(rs.getString(3), rs.getInt(1), rs.getInt(2)))
        .optional();
  }

  /**
   * The part of a document between two code-point offsets from its start (clamped to it), cut in
   * the database: a page of a huge document does not read its whole file.
   */
  public Optional<TextPart> textPart(long id, int from, int to) {
    Optional<int[]> place =
        jdbc.sql("select start_pos, end_pos, source_file_id from document where id = ?")
            .param(id)
            .query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2), (int) rs.getLong(3)})
            .optional();
    if (place.isEmpty()) {
      return Optional.empty();
    }
    int start = place.get()[0];
    int length = Math.max(0, place.get()[1] - start);
    long sourceId = place.get()[2];
    int a = Math.max(0, Math.min(from, length));
    int b = Math.max(a, Math.min(to, length));
    // PostgreSQL counts code points; H2 counts UTF-16 chars, the same unless the file holds
    // characters beyond the BMP, when the part is cut from the whole text instead.
    String text =
        jdbc.sql(
                "select substring(content, ?, ?), char_count, char_length(content)"
                    + " from source_file where id = ?")
            .params(start + a + 1, b - a, sourceId)
            .query(
                (rs, n) -> {
                  String cut = rs.getString(1);
                  return rs.getInt(2) == rs.getInt(3)
                      ? Optional.of(cut == null ? "" : cut)
                      : Optional.<String>empty();
                })
            .single()
            .orElse(null);
    if (text == null) {
      text = fileText(sourceId).orElseThrow().slice(start + a, start + b);
    }
    return Optional.of(new TextPart(text, start, length, a, b));
  }

  public List<OutlineEntry> outline(long id) {
    return jdbc.sql(
            "select node_level, number, title, start_pos, end_pos, role, kind from outline_node"
                + " where document_id = ? order by ordinal")
        .param(id)
        .query(
            (rs, n) ->
                new OutlineEntry(
                    rs.getInt(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getInt(5),
                    rs.getString(6),
                    rs.getString(7)))
        .list();
  }

  public List<TaskEntry> tasks(long id) {
    Map<Long, List<String>> lead = new LinkedHashMap<>();
    Map<Long, List<String>> supporting = new LinkedHashMap<>();
    jdbc.sql(
            "select u.task_id, u.unit_name, u.is_lead from task_unit u join task t on t.id ="
                + " u.task_id where t.document_id = ? order by u.task_id, u.ordinal")
        .param(id)
        .query(
            rs -> {
              (rs.getBoolean(3) ? lead : supporting)
                  .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                  .add(rs.getString(2));
            });
    return jdbc.sql(
            "select id, number, title, start_pos, end_pos from task where document_id = ?"
                + " order by ordinal")
        .param(id)
        .query(
            (rs, n) ->
                new TaskEntry(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getInt(5),
                    lead.getOrDefault(rs.getLong(1), List.of()),
                    supporting.getOrDefault(rs.getLong(1), List.of())))
        .list();
  }

  /**
   * Where each of these documents lies, grouped by file (for reading each file once); ids no longer
   * stored are left out.
   */
  public List<PlacedDocument> placed(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "select "
                + SUMMARY_COLUMNS
                + ", d.source_file_id, d.start_pos, d.end_pos from document d join source_file s"
                + " on s.id = d.source_file_id where d.id in (:ids) order by d.source_file_id, d.id")
        .param("ids", ids)
        .query(
            (rs, n) ->
                new PlacedDocument(summary(rs, n), rs.getLong(9), rs.getInt(10), rs.getInt(11)))
        .list();
  }

  /** The whole text of a stored file. */
  public Optional<FileText> fileText(long sourceId) {
    return jdbc.sql("select content from source_file where id = ?")
        .param(sourceId)
        .query((rs, n) -> new FileText(rs.getString(1)))
        .optional();
  }

  /** Every stored document's id, for rebuilding the search index. */
  public List<Long> ids() {
    return jdbc.sql("select id from document order by id").query(Long.class).list();
  }

  public int count() {
    return jdbc.sql("select count(*) from document").query(Integer.class).single();
  }

  /** Removes a document; its file goes too once no document of it is left. */
  public boolean delete(long id) {
    Optional<Long> source =
        jdbc.sql("select source_file_id from document where id = ?")
            .param(id)
            .query(Long.class)
            .optional();
    if (source.isEmpty()) {
      return false;
    }
    jdbc.sql("delete from document where id = ?").param(id).update();
    jdbc.sql(
            "delete from source_file where id = ? and not exists"
                + " (select 1 from document where source_file_id = ?)")
        .params(source.get(), source.get())
        .update();
    return true;
  }

  private DocumentSummary summary(ResultSet rs, int row) throws SQLException {
    DocumentType type = DocumentType.valueOf(rs.getString(3));
    int yearValue = rs.getInt(5);
    Integer year = rs.wasNull() ? null : yearValue;
    java.sql.Date date = rs.getDate(6);
    return new DocumentSummary(
        rs.getLong(1),
        rs.getString(2),
        type.name(),
        type.label(),
        rs.getString(4),
        year,
        date == null ? null : date.toLocalDate(),
        rs.getInt(7),
        rs.getString(8));
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
