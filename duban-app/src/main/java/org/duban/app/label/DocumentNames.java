package org.duban.app.label;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Looks up the names of the documents a page of facts or hits points to, in one query. */
@Component
public final class DocumentNames {

  private final JdbcClient jdbc;

  public DocumentNames(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The names of the given documents by id; ids of documents no longer stored are left out. */
  public Map<Long, DocumentName> of(Collection<Long> ids) {
    Map<Long, DocumentName> names = new LinkedHashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    jdbc.sql(
            "select d.id, d.title, d.region, d.doc_year, d.doc_type, s.file_name from document d"
                + " join source_file s on s.id = d.source_file_id where d.id in (:ids)")
        .param("ids", List.copyOf(new java.util.LinkedHashSet<>(ids)))
        .query(
            (rs, n) -> {
              int year = rs.getInt(4);
              return new DocumentName(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.wasNull() ? null : year,
                  rs.getString(5),
                  rs.getString(6));
            })
        .list()
        .forEach(n -> names.put(n.id(), n));
    return names;
  }
}
