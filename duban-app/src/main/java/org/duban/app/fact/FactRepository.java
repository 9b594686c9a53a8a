package org.duban.app.fact;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.duban.app.config.LedgerVersion;
import org.duban.core.fact.Fact;
import org.duban.core.target.Indicator;
import org.duban.core.target.IndicatorCatalogue;
import org.duban.core.target.IndicatorLabel;
import org.duban.core.target.IndicatorLabels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores the facts of documents and answers queries over them. */
@Component
public final class FactRepository {

  private static final String COLUMNS =
      "f.id, f.document_id, s.file_name, f.start_pos, f.end_pos, f.quantity_text, f.fact_value,"
          + " f.unit, f.norm_value, f.norm_unit, f.norm_high, f.qualifier, f.measure, f.direction,"
          + " f.indicator, f.modality, f.period, f.region, f.sentence_start, f.sentence_end,"
          + " f.indicator_id";
  private static final String FROM =
      " from fact f join document d on d.id = f.document_id"
          + " join source_file s on s.id = d.source_file_id";
  private static final String ORDER = " order by f.document_id, f.start_pos";

  private static final IndicatorLabels LABELS = new IndicatorLabels(IndicatorCatalogue.get());

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final LedgerVersion version;
  private final TransactionTemplate streaming;
  // Queries repeat (a table's filters, an export, a dashboard); answers hold until a change.
  private final Cache<CacheKey, Object> answers = Caffeine.newBuilder().maximumSize(2_000).build();

  private record CacheKey(long version, String kind, FactFilter filter, int limit, int offset) {}

  public FactRepository(
      JdbcClient jdbc,
      JdbcTemplate template,
      LedgerVersion version,
      PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.template = template;
    this.version = version;
    this.streaming = new TransactionTemplate(transactions);
    this.streaming.setReadOnly(true);
  }

  @SuppressWarnings("unchecked")
  private <T> T cached(String kind, FactFilter filter, int limit, int offset, Supplier<T> query) {
    return (T)
        answers.get(new CacheKey(version.current(), kind, filter, limit, offset), k -> query.get());
  }

  public void insertAll(long documentId, List<Fact> facts) {
    List<Object[]> rows = new ArrayList<>(facts.size());
    for (Fact f : facts) {
      rows.add(
          new Object[] {
            documentId,
            f.start(),
            f.end(),
            clip(f.text(), 500),
            f.value(),
            clip(f.unit(), 100),
            f.normValue(),
            clip(f.normUnit(), 100),
            f.normHigh(),
            f.qualifier().json(),
            f.measure().name(),
            f.direction() == null ? null : f.direction().json(),
            clip(f.indicator(), 1000),
            f.modality().name(),
            clip(f.period(), 20),
            clip(f.region(), 200),
            f.sentenceStart(),
            f.sentenceEnd(),
            indicatorId(f.indicator())
          });
    }
    template.batchUpdate(
        "insert into fact (document_id, start_pos, end_pos, quantity_text, fact_value, unit,"
            + " norm_value, norm_unit, norm_high, qualifier, measure, direction, indicator,"
            + " modality, period, region, sentence_start, sentence_end, indicator_id)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  /** The catalogue id of a label naming one catalogue indicator, or null. */
  static String indicatorId(String label) {
    List<IndicatorLabel> parts = LABELS.of(label);
    return parts.size() == 1 ? parts.get(0).indicatorId() : null;
  }

  /**
   * Gives every stored fact the catalogue id of its label again (after the catalogue changed);
   * returns how many facts now have one.
   */
  public int recomputeIndicatorIds() {
    List<Object[]> rows = new ArrayList<>();
    jdbc.sql("select id, indicator from fact")
        .query(
            (rs, n) -> {
              rows.add(new Object[] {indicatorId(rs.getString(2)), rs.getLong(1)});
              return null;
            })
        .list();
    template.batchUpdate("update fact set indicator_id = ? where id = ?", rows);
    version.changed();
    return (int) rows.stream().filter(r -> r[0] != null).count();
  }

  /**
   * The facts the filter lets through, in document order; at most {@code limit} from {@code
   * offset}.
   */
  public List<StoredFact> find(FactFilter filter, int limit, int offset) {
    // Exports and whole documents are read once; caching them would only hold memory.
    if (limit > 10_000) {
      return query(filter, limit, offset);
    }
    return cached("find", filter, limit, offset, () -> query(filter, limit, offset));
  }

  private List<StoredFact> query(FactFilter filter, int limit, int offset) {
    Map<String, Object> params = new LinkedHashMap<>();
    String where = where(filter, params);
    params.put("limit", limit);
    params.put("offset", offset);
    // The page is cut from the facts alone, then joined: joined first, H2 scanned every file.
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from (select * from fact f"
                + where
                + ORDER
                + " limit :limit offset :offset) f join document d on d.id = f.document_id"
                + " join source_file s on s.id = d.source_file_id"
                + ORDER)
        .params(params)
        .query(FactRepository::fact)
        .list();
  }

  /** The facts with these ids, in document order; ids not in the ledger are left out. */
  public List<StoredFact> findByIds(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + FROM + " where f.id in (:ids)" + ORDER)
        .param("ids", ids)
        .query(FactRepository::fact)
        .list();
  }

  /**
   * Hands every fact the filter lets through to {@code sink}, in document order, a thousand rows
   * fetched at a time: an export of millions of facts never holds them all in memory.
   */
  public void stream(FactFilter filter, Consumer<StoredFact> sink) {
    Map<String, Object> params = new LinkedHashMap<>();
    String sql = "select " + COLUMNS + FROM + where(filter, params) + ORDER;
    JdbcTemplate fetching = new JdbcTemplate(template.getDataSource());
    fetching.setFetchSize(1_000);
    NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(fetching);
    // PostgreSQL fetches in batches only inside a transaction.
    streaming.executeWithoutResult(
        status -> {
          int[] row = {0};
          named.query(sql, params, (RowCallbackHandler) rs -> sink.accept(fact(rs, row[0]++)));
        });
  }

  /** The facts of a document that start between two file offsets, in order; at most limit. */
  public List<StoredFact> inSpan(long documentId, int from, int to, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + FROM
                + " where f.document_id = ? and f.start_pos >= ? and f.start_pos < ?"
                + " order by f.start_pos limit ?")
        .params(documentId, from, to, limit)
        .query(FactRepository::fact)
        .list();
  }

  public long count(FactFilter filter) {
    return this.<Long>cached(
        "count",
        filter,
        0,
        0,
        () -> {
          Map<String, Object> params = new LinkedHashMap<>();
          String where = where(filter, params);
          // Every fact has its document (a foreign key): no join needed to count them.
          return jdbc.sql("select count(*) from fact f" + where)
              .params(params)
              .query(Long.class)
              .single();
        });
  }

  /** The regions facts are about, most facts first. */
  public List<ValueCount> regions() {
    return cached("regions", FactFilter.ALL, 0, 0, () -> distinct("f.region"));
  }

  /** The indicators facts measure, most facts first. */
  public List<ValueCount> indicators() {
    return cached("indicators", FactFilter.ALL, 0, 0, () -> distinct("f.indicator"));
  }

  private List<ValueCount> distinct(String column) {
    return jdbc.sql(
            "select "
                + column
                + ", count(*) as n from fact f where "
                + column
                + " is not null group by "
                + column
                + " order by n desc, "
                + column)
        .query((rs, n) -> new ValueCount(rs.getString(1), rs.getLong(2)))
        .list();
  }

  private static String where(FactFilter filter, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder(" where 1 = 1");
    if (filter.region() != null) {
      sql.append(" and f.region in (:regions)");
      params.put("regions", RegionName.variants(filter.region()));
    }
    if (filter.indicator() != null) {
      // A catalogue id or alias finds the indicator under all its names (生产总值, 经济增长, GDP).
      Optional<Indicator> known = IndicatorCatalogue.get().find(filter.indicator());
      sql.append(" and (f.indicator like :indicator escape '\\'");
      if (known.isPresent()) {
        sql.append(" or f.indicator_id = :indicatorId");
        params.put("indicatorId", known.get().id());
      }
      sql.append(")");
      params.put("indicator", "%" + escapeLike(filter.indicator()) + "%");
    }
    if (filter.period() != null) {
      sql.append(" and f.period = :period");
      params.put("period", filter.period());
    }
    if (filter.modality() != null) {
      sql.append(" and f.modality = :modality");
      params.put("modality", filter.modality().name());
    }
    if (filter.measure() != null) {
      sql.append(" and f.measure = :measure");
      params.put("measure", filter.measure().name());
    }
    if (filter.document() != null) {
      sql.append(" and f.document_id = :document");
      params.put("document", filter.document());
    }
    return sql.toString();
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static StoredFact fact(ResultSet rs, int row) throws SQLException {
    return new StoredFact(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getInt(4),
        rs.getInt(5),
        rs.getString(6),
        decimal(rs.getDouble(7), false),
        rs.getString(8),
        decimal(rs.getDouble(9), false),
        rs.getString(10),
        decimal(rs.getDouble(11), rs.wasNull()),
        rs.getString(12),
        rs.getString(13),
        rs.getString(14),
        rs.getString(15),
        rs.getString(21),
        rs.getString(16),
        rs.getString(17),
        rs.getString(18),
        rs.getInt(19),
        rs.getInt(20));
  }

  // Through BigDecimal so 228620000000 prints as written, not as 2.2862E11; 15 significant
  // digits (what a double holds) drop float noise such as 2286.2 * 1e8 = 228619999999.99997.
  private static BigDecimal decimal(double value, boolean isNull) {
    return isNull
        ? null
        : BigDecimal.valueOf(value).round(new MathContext(15)).stripTrailingZeros();
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }
}
