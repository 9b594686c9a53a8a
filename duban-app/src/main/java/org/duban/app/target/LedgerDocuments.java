package org.duban.app.target;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.duban.core.fact.Direction;
import org.duban.core.fact.Fact;
import org.duban.core.fact.Measure;
import org.duban.core.fact.Modality;
import org.duban.core.quantity.Qualifier;
import org.duban.core.target.RegionKey;
import org.duban.core.target.TrackedLedger;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads stored documents back as the linker takes them: their place and year, keyed by their ledger
 * id, and their facts with the id of each, a part of a document at a time.
 */
@Component
final class LedgerDocuments {

  private static final String FACT_COLUMNS =
      "f.id, f.document_id, f.start_pos, f.end_pos, f.quantity_text, f.fact_value, f.unit,"
          + " f.norm_value, f.norm_unit, f.norm_high, f.qualifier, f.measure, f.direction,"
          + " f.indicator, f.modality, f.period, f.region, f.sentence_start, f.sentence_end";

  /**
   * How many characters of a document one query reads the facts of: a report's facts at once, a
   * text of a hundred million characters in parts of some ten thousand facts.
   */
  static final int PART_CHARS = 200_000;

  private final JdbcClient jdbc;

  LedgerDocuments(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every stored document with all its facts. */
  TrackedLedger all() {
    return new Ledger(
        documents(jdbc.sql("select id, region, doc_year from document order by id")), "", Map.of());
  }

  /**
   * The documents with facts about the places of {@code keys} (or speaking for them), with only
   * those facts: all the linker needs to link the targets of these places.
   */
  TrackedLedger about(Set<String> keys) {
    List<String> names = namesOf(keys);
    if (names.isEmpty()) {
      return new Ledger(List.of(), "", Map.of());
    }
    return new Ledger(
        documents(
            jdbc.sql(
                    "select id, region, doc_year from document where region in (:names)"
                        + " or id in (select f.document_id from fact f where f.region in (:names))"
                        + " order by id")
                .param("names", names)),
        " and (f.region in (:names) or (f.region is null and d.region in (:names)))",
        Map.of("names", names));
  }

  /** The documents of a ledger and a condition on the facts of each that linking reads. */
  private final class Ledger implements TrackedLedger {
    private final List<Document> documents;
    private final String condition;
    private final Map<String, Object> params;

    Ledger(List<Document> documents, String condition, Map<String, Object> params) {
      this.documents = documents;
      this.condition = condition;
      this.params = params;
    }

    @Override
    public List<Document> documents() {
      return documents;
    }

    @Override
    public void facts(String key, Facts sink) {
      long id = Long.parseLong(key);
      // -1 for a document without facts (a notice with no figure in it)
      int last =
          jdbc.sql("select coalesce(max(start_pos), -1) from fact where document_id = :id")
              .param("id", id)
              .query(Integer.class)
              .single();
      // By ranges of the text, which the index on (document_id, start_pos) reads directly.
      for (long from = 0; from <= last; from += PART_CHARS) {
        jdbc.sql(
                "select "
                    + FACT_COLUMNS
                    + " from fact f join document d on d.id = f.document_id"
                    + " where f.document_id = :id and f.start_pos >= :from and f.start_pos < :to"
                    + condition
                    + " order by f.start_pos, f.id")
            .params(params)
            .param("id", id)
            .param("from", from)
            .param("to", from + PART_CHARS)
            .query((RowCallbackHandler) rs -> sink.fact(rs.getLong(1), fact(rs)));
      }
    }
  }

  private List<TrackedLedger.Document> documents(JdbcClient.StatementSpec query) {
    List<TrackedLedger.Document> documents = new ArrayList<>();
    query
        .query(
            (rs, n) -> {
              String region = rs.getString(2);
              int year = rs.getInt(3);
              return new TrackedLedger.Document(
                  String.valueOf(rs.getLong(1)), region, rs.wasNull() ? null : year);
            })
        .list()
        .forEach(
            d ->
                documents.add(
                    d.year() != null
                        ? d
                        : new TrackedLedger.Document(
                            d.key(), d.jurisdiction(), yearFromAllFacts(Long.parseLong(d.key())))));
    return documents;
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

  // The linker dates a document without a year by the latest year its facts report on; it must
  // see all of them, not only those about the places being linked.
  private Integer yearFromAllFacts(long documentId) {
    Integer latest = null;
    for (String period :
        jdbc.sql("select distinct period from fact where document_id = :id and period is not null")
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
