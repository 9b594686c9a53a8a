package org.duban.app.target;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.duban.app.config.LedgerVersion;
import org.duban.core.target.Indicator;
import org.duban.core.target.IndicatorCatalogue;
import org.duban.core.target.Verdict;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the stored links with both their figures and documents. */
@Component
final class TargetQueries {

  static final String FIGURE =
      "%1$s.id, %1$s.document_id, %2$s.file_name, %3$s.title, %3$s.doc_year, %1$s.start_pos,"
          + " %1$s.end_pos, %1$s.quantity_text, %1$s.norm_value, %1$s.norm_high, %1$s.norm_unit,"
          + " %1$s.qualifier, %1$s.direction, %1$s.sentence_start, %1$s.sentence_end";
  static final int FIGURE_COLUMNS = 15;
  static final String SELECT =
      "select l.id, l.region, l.period, l.indicator, l.indicator_id, l.measure, l.sense,"
          + " l.verdict, l.note, "
          + String.format(FIGURE, "t", "ts", "td")
          + ", "
          + String.format(FIGURE, "r", "rs", "rd");
  static final String FROM =
      " from target_link l join fact t on t.id = l.target_fact_id"
          + " join document td on td.id = t.document_id"
          + " join source_file ts on ts.id = td.source_file_id"
          + " left join fact r on r.id = l.result_fact_id"
          + " left join document rd on rd.id = r.document_id"
          + " left join source_file rs on rs.id = rd.source_file_id";
  private static final String ORDER =
      " order by l.region_key, l.period, td.doc_year, l.target_document_id, t.start_pos,"
          + " l.part_index";

  private final JdbcClient jdbc;
  private final LedgerVersion version;
  // A page of targets joins every link to two facts, their documents and files, and sorts them
  // all (the unfiltered table: 5,000 links for the corpus) before cutting 50: that was half of the
  // server's work under load. Answers hold until the ledger changes (every change of the links
  // bumps the version).
  private final Cache<CacheKey, Object> answers = Caffeine.newBuilder().maximumSize(2_000).build();

  private record CacheKey(
      long version, String kind, TargetQuery.Filter filter, int limit, int offset) {}

  TargetQueries(JdbcClient jdbc, LedgerVersion version) {
    this.jdbc = jdbc;
    this.version = version;
  }

  @SuppressWarnings("unchecked")
  private <T> T cached(
      String kind, TargetQuery.Filter filter, int limit, int offset, Supplier<T> query) {
    return (T)
        answers.get(new CacheKey(version.current(), kind, filter, limit, offset), k -> query.get());
  }

  List<TargetRow> find(TargetQuery.Filter filter, int limit, int offset) {
    // Exports are read once; caching them would only hold memory.
    if (limit > 10_000) {
      return query(filter, limit, offset);
    }
    return cached("find", filter, limit, offset, () -> List.copyOf(query(filter, limit, offset)));
  }

  private List<TargetRow> query(TargetQuery.Filter filter, int limit, int offset) {
    Map<String, Object> params = new LinkedHashMap<>();
    String where = where(filter, params);
    params.put("limit", limit);
    params.put("offset", offset);
    return jdbc.sql(SELECT + FROM + where + ORDER + " limit :limit offset :offset")
        .params(params)
        .query(TargetQueries::row)
        .list();
  }

  long count(TargetQuery.Filter filter) {
    return cached(
        "count",
        filter,
        0,
        0,
        () -> {
          Map<String, Object> params = new LinkedHashMap<>();
          String where = where(filter, params);
          return jdbc.sql("select count(*) from target_link l" + where)
              .params(params)
              .query(Long.class)
              .single();
        });
  }

  /** How many targets of each year have each verdict. */
  Map<String, Map<String, Long>> verdictsByPeriod() {
    Map<String, Map<String, Long>> byPeriod = new LinkedHashMap<>();
    jdbc.sql(
            "select period, verdict, count(*) from target_link where period is not null"
                + " group by period, verdict order by period")
        .query(
            (rs, n) ->
                byPeriod
                    .computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                    .put(rs.getString(2), rs.getLong(3)))
        .list();
    return byPeriod;
  }

  private static String where(TargetQuery.Filter f, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder(" where 1 = 1");
    if (f.regionKey() != null) {
      sql.append(" and l.region_key = :region");
      params.put("region", f.regionKey());
    }
    if (f.period() != null) {
      sql.append(" and l.period = :period");
      params.put("period", f.period());
    }
    if (f.indicatorId() != null) {
      sql.append(" and l.indicator_id = :indicatorId");
      params.put("indicatorId", f.indicatorId());
    }
    if (f.label() != null) {
      sql.append(" and l.indicator like :label escape '\\'");
      params.put(
          "label",
          "%" + f.label().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
    }
    if (f.catalogued()) {
      sql.append(" and l.indicator_id is not null");
    }
    if (f.verdict() != null) {
      sql.append(" and l.verdict = :verdict");
      params.put("verdict", f.verdict().name());
    }
    return sql.toString();
  }

  static TargetRow row(ResultSet rs, int n) throws SQLException {
    String indicatorId = rs.getString(5);
    Verdict verdict = Verdict.valueOf(rs.getString(8));
    return new TargetRow(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        indicatorId,
        IndicatorCatalogue.get().find(indicatorId).map(Indicator::name).orElse(null),
        rs.getString(6),
        rs.getString(7).toLowerCase(java.util.Locale.ROOT),
        verdict.json(),
        verdict.label(),
        figure(rs, 10),
        figure(rs, 10 + FIGURE_COLUMNS),
        rs.getString(9));
  }

  /** The figure whose columns start at {@code i}, or null when the row has none there. */
  static LinkedFigure figure(ResultSet rs, int i) throws SQLException {
    long factId = rs.getLong(i);
    if (rs.wasNull()) {
      return null;
    }
    int year = rs.getInt(i + 4);
    Integer documentYear = rs.wasNull() ? null : year;
    String text = rs.getString(i + 7);
    BigDecimal value = decimal(rs.getDouble(i + 8), false);
    BigDecimal high = decimal(rs.getDouble(i + 9), rs.wasNull());
    String qualifier = rs.getString(i + 11);
    return new LinkedFigure(
        factId,
        rs.getLong(i + 1),
        rs.getString(i + 2),
        rs.getString(i + 3),
        documentYear,
        rs.getInt(i + 5),
        rs.getInt(i + 6),
        text,
        Written.of(text, qualifier),
        value,
        high,
        rs.getString(i + 10),
        qualifier,
        rs.getString(i + 12),
        rs.getInt(i + 13),
        rs.getInt(i + 14));
  }

  static BigDecimal decimal(double value, boolean isNull) {
    return isNull
        ? null
        : BigDecimal.valueOf(value).round(new MathContext(15)).stripTrailingZeros();
  }
}
