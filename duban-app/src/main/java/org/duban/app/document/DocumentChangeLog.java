package org.duban.app.document;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The log of documents added and removed, in commit order, that every instance's search index
 * follows. Changes are recorded inside the transaction that makes them, as its last statement: the
 * counter row it updates stays locked until that transaction ends, so numbers are handed out in the
 * order the transactions commit and a reader never sees a number before a smaller one.
 */
@Component
public final class DocumentChangeLog {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  public DocumentChangeLog(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** Records that documents were added; call it last in the transaction that stored them. */
  public void added(List<Long> documentIds) {
    record(documentIds, DocumentChange.Kind.ADDED);
  }

  /** Records that a document was removed; call it last in the transaction that removed it. */
  public void deleted(long documentId) {
    record(List.of(documentId), DocumentChange.Kind.DELETED);
  }

  private void record(List<Long> documentIds, DocumentChange.Kind kind) {
    if (documentIds.isEmpty()) {
      return;
    }
    jdbc.sql("update ledger_change_counter set last_seq = last_seq + ? where id = 1")
        .param(documentIds.size())
        .update();
    long last =
        jdbc.sql("select last_seq from ledger_change_counter where id = 1")
            .query(Long.class)
            .single();
    long first = last - documentIds.size() + 1;
    Timestamp now = Timestamp.from(Instant.now());
    List<Object[]> rows = new ArrayList<>(documentIds.size());
    for (int i = 0; i < documentIds.size(); i++) {
      rows.add(new Object[] {first + i, documentIds.get(i), kind.name(), now});
    }
    template.batchUpdate(
        "insert into ledger_change (seq, document_id, change_kind, changed_at) values (?, ?, ?, ?)",
        rows);
  }

  /** The number of the last committed change (0 when there is none). */
  public long lastSeq() {
    return jdbc.sql("select last_seq from ledger_change_counter where id = 1")
        .query(Long.class)
        .single();
  }

  /** At most {@code limit} changes after {@code seq}, oldest first. */
  public List<DocumentChange> after(long seq, int limit) {
    return jdbc.sql(
            "select seq, document_id, change_kind from ledger_change where seq > ? order by seq"
                + " limit ?")
        .params(seq, limit)
        .query(
            (rs, n) ->
                new DocumentChange(
                    rs.getLong(1), rs.getLong(2), DocumentChange.Kind.valueOf(rs.getString(3))))
        .list();
  }
}
