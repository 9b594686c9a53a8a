package org.duban.app.target;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.duban.core.fact.Direction;
import org.duban.core.fact.Fact;
import org.duban.core.fact.Measure;
import org.duban.core.fact.Modality;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.meta.DocumentType;
import org.duban.core.meta.JurisdictionLevel;
import org.duban.core.pipeline.AnalyzedDocument;
import org.duban.core.quantity.Qualifier;
import org.duban.core.target.RegionKey;
import org.duban.core.target.TrackedDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads stored documents back as the linker takes them: their place, year and facts, keyed by their
 * ledger id, with the id of every fact.
 */
@Component
final class LedgerDocuments {

  /** Documents for the linker and the ledger id of each of their facts. */
  record Loaded(List<TrackedDocument> documents, IdentityHashMap<Fact, Long> factIds) {}

  private static final String FACT_COLUMNS =
      "f.id, f.document_id, f.start_pos, f.end_pos, f.quantity_text, f.fact_value, f.unit,"
          + " f.norm_value, f.norm_unit, f.norm_high, f.qualifier, f.measure, f.direction,"
          + " f.indicator, f.modality, f.period, f.region, f.sentence_start, f.sentence_end";

  private final JdbcClient jdbc;

  LedgerDocuments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every stored document with all its facts. */
  Loaded all() {
    return load(
        jdbc.sql("select " + FACT_COLUMNS + " from fact f order by f.document_id, f.start_pos"),
        jdbc.sql("select id, doc_type, region, jurisdiction_level, doc_year from document"));
  }

  /**
   * The documents with facts about the places of {@code keys} (or speaking for them), with only
   * those facts: all the linker needs to link the targets of these places.
   */
  Loaded about(Set<String> keys) {
    List<String> names = namesOf(keys);
    if (names.isEmpty()) {
      return new Loaded(List.of(), new IdentityHashMap<>());
    }
    return load(
        jdbc.sql(
                "select "
                    + FACT_COLUMNS
                    + " from fact f join document d on d.id = f.document_id"
                    + " where f.region in (:names) or (f.region is null and d.region in (:names))"
                    + " order by f.document_id, f.start_pos")
            .param("names", names),
        jdbc.sql(
                "select id, doc_type, region, jurisdiction_level, doc_year from document"
                    + " where region in (:names) or id in (select f.document_id from fact f"
                    + " where f.region in (:names))")
            .param("names", names));
  }

  /** The region keys of the facts of {@code documentIds} and of the places they speak for. */
  Set<String> placesOf(Collection<Long> documentIds) {
    Set<String> keys = new LinkedHashSet<>();
    if (documentIds.isEmpty()) {
      return keys;
    }
    jdbc.sql(
            "select distinct coalesce(f.region, d.region) from fact f"
                + " join document d on d.id = f.document_id where d.id in (:ids)"
                + " union select distinct region from document where id in (:ids)")
        .param("ids", documentIds)
        .query((rs, n) -> rs.getString(1))
        .list()
        .forEach(name -> keys.add(RegionKey.of(name)));
    return keys;
  }

  /** Every spelling of a place the ledger holds whose key is one of {@code keys}. */
  List<String> namesOf(Set<String> keys) {
    List<String> names = new ArrayList<>();
    jdbc.sql(
            "select distinct region from fact where region is not null"
                + " union select distinct region from document where region is not null")
        .query((rs, n) -> rs.getString(1))
        .list()
        .forEach(
            name -> {
              if (keys.contains(RegionKey.of(name))) {
                names.add(name);
              }
            });
    return names;
  }

  private Loaded load(JdbcClient.StatementSpec facts, JdbcClient.StatementSpec documents) {
    IdentityHashMap<Fact, Long> ids = new IdentityHashMap<>();
    Map<Long, List<Fact>> byDocument = new LinkedHashMap<>();
    facts
        .query(
            (rs, n) -> {
              Fact f = fact(rs);
              ids.put(f, rs.getLong(1));
              byDocument.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(f);
              return f;
            })
        .list();
    Map<Long, DocumentMeta> metas = new HashMap<>();
    documents.query((rs, n) -> metas.put(rs.getLong(1), meta(rs))).list();
    List<TrackedDocument> tracked = new ArrayList<>();
    for (Map.Entry<Long, DocumentMeta> e : metas.entrySet()) {
      List<Fact> own = byDocument.getOrDefault(e.getKey(), List.of());
      DocumentMeta meta = e.getValue();
      if (meta.year() == null) {
        meta = withYear(meta, yearFromAllFacts(e.getKey()));
      }
      tracked.add(
          new TrackedDocument(
              String.valueOf(e.getKey()),
              new AnalyzedDocument(meta, 0, 0, List.of(), List.of(), own)));
    }
    return new Loaded(tracked, ids);
  }

  // The linker dates a document without a year by the latest year its facts report on; it must
  // see all of them, not only those about the places being linked.
  private Integer yearFromAllFacts(long documentId) {
    Integer latest = null;
    for (String period :
        jdbc.sql("select period from fact where document_id = :id and period is not null")
            .param("id", documentId)
            .query(String.class)
            .list()) {
      String last = period.substring(period.lastIndexOf('-') + 1);
      try {
        int year = Integer.parseInt(last);
        latest = latest == null ? year : Math.max(latest, year);
      } catch (NumberFormatException e) {
        // a period the extractor could not read has no year to give
      }
    }
    return latest;
  }

  private static DocumentMeta withYear(DocumentMeta m, Integer year) {
    return new DocumentMeta(
        m.title(), m.type(), m.jurisdiction(), m.level(), year, m.date(), m.issuer());
  }

  private static DocumentMeta meta(ResultSet rs) throws SQLException {
    int year = rs.getInt(5);
    return new DocumentMeta(
        null,
        DocumentType.valueOf(rs.getString(2)),
        rs.getString(3),
        JurisdictionLevel.valueOf(rs.getString(4)),
        rs.wasNull() ? null : year,
        null,
        null);
  }

  private static Fact fact(ResultSet rs) throws SQLException {
    double high = rs.getDouble(10);
    Double normHigh = rs.wasNull() ? null : high;
    String direction = rs.getString(13);
    return Fact.stored(
        rs.getInt(3),
        rs.getInt(4),
        rs.getString(5),
        rs.getDouble(6),
        rs.getString(7),
        rs.getDouble(8),
        rs.getString(9),
        normHigh,
        Qualifier.valueOf(rs.getString(11).toUpperCase(Locale.ROOT)),
        Measure.valueOf(rs.getString(12)),
        direction == null ? null : Direction.valueOf(direction.toUpperCase(Locale.ROOT)),
        rs.getString(14),
        Modality.valueOf(rs.getString(15)),
        rs.getString(16),
        rs.getString(17),
        rs.getInt(18),
        rs.getInt(19));
  }
}
