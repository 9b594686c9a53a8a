package org.duban.app.target;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.duban.core.fact.Direction;
import org.duban.core.fact.Fact;
import org.duban.core.fact.Measure;
import org.duban.core.fact.Modality;
import org.duban.core.quantity.Qualifier;
import org.duban.core.target.Indicator;
import org.duban.core.target.Measures;
import org.duban.core.target.RegionKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The figures behind the charts: one place over the years, one year across places. */
@Component
final class Charts {

  private static final String FIGURES =
      "select "
          + String.format(TargetQueries.FIGURE, "f", "s", "d")
          + ", f.measure, f.period, f.region, d.region, d.doc_type"
          + " from fact f join document d on d.id = f.document_id"
          + " join source_file s on s.id = d.source_file_id";

  /** A stored figure with what choosing among figures needs. */
  private record Stored(
      LinkedFigure figure,
      Measure compared,
      String period,
      String region,
      String documentRegion,
      String documentType) {}

  private final JdbcClient jdbc;
  private final LedgerDocuments documents;

  Charts(JdbcClient jdbc, LedgerDocuments documents) {
    this.jdbc = jdbc;
    this.documents = documents;
  }

  /**
   * The targets and results of {@code indicator} for the place of {@code regionKey}, year by year:
   * each year's target (the first its own year's document sets), its linked result, or for a year
   * without a target the result the next years' reports give.
   */
  Series series(String region, Indicator indicator, Measure measure) {
    String key = RegionKey.of(region);
    Map<String, Series.Point> points = new TreeMap<>();
    List<TargetRow> targets =
        jdbc.sql(
                TargetQueries.SELECT
                    + TargetQueries.FROM
                    + " where l.region_key = :region and l.indicator_id = :id"
                    + " and l.measure = :measure and length(l.period) = 4"
                    + " order by l.period, td.doc_year, l.target_document_id, t.start_pos")
            .param("region", key)
            .param("id", indicator.id())
            .param("measure", measure.name())
            .query(TargetQueries::row)
            .list();
    for (TargetRow row : preferOwnYear(targets)) {
      points.putIfAbsent(
          row.period(),
          new Series.Point(
              row.period(), row.target(), row.result(), row.verdict(), row.verdictLabel()));
    }
    List<String> names = documents.namesOf(Set.of(key));
    String unit = null;
    if (!names.isEmpty()) {
      List<Stored> actuals =
          jdbc.sql(
                  FIGURES
                      + " where f.indicator_id = :id and f.modality = 'ACTUAL'"
                      + " and length(f.period) = 4 and (f.region in (:names)"
                      + " or (f.region is null and d.region in (:names)))"
                      + " order by d.doc_year, f.document_id, f.start_pos")
              .param("id", indicator.id())
              .param("names", names)
              .query((rs, n) -> stored(rs, indicator))
              .list();
      Map<String, Stored> best = new HashMap<>();
      for (Stored s : actuals) {
        if (s.compared() != measure) {
          continue;
        }
        unit = unit == null ? s.figure().unit() : unit;
        int review = Integer.parseInt(s.period()) + 1;
        best.merge(
            s.period(), s, (a, b) -> reviewDistance(b, review) < reviewDistance(a, review) ? b : a);
      }
      for (Stored s : best.values()) {
        Series.Point p = points.get(s.period());
        if (p == null) {
          points.put(s.period(), new Series.Point(s.period(), null, s.figure(), null, null));
        }
      }
    }
    for (Series.Point p : points.values()) {
      if (unit == null && p.target() != null) {
        unit = p.target().unit();
      }
    }
    return new Series(
        region,
        indicator.id(),
        indicator.name(),
        measure.name(),
        unit,
        List.copyOf(points.values()));
  }

  /** Of the targets of one year, those set in that year's own documents first. */
  private static List<TargetRow> preferOwnYear(List<TargetRow> rows) {
    List<TargetRow> sorted = new ArrayList<>(rows);
    sorted.sort(
        Comparator.comparingInt(
            r ->
                r.target().documentYear() != null
                        && String.valueOf(r.target().documentYear()).equals(r.period())
                    ? 0
                    : 1));
    return sorted;
  }

  private static int reviewDistance(Stored s, int review) {
    Integer year = s.figure().documentYear();
    return year == null ? Integer.MAX_VALUE : Math.abs(year - review);
  }

  /**
   * One value of {@code indicator} per place for {@code period}: the figure a place's own document
   * gives before one another document gives about it, a work report's before others.
   */
  Comparison compare(Indicator indicator, Measure measure, String period, Modality modality) {
    List<Stored> found =
        jdbc.sql(
                FIGURES
                    + " where f.indicator_id = :id and f.modality = :modality"
                    + " and f.period = :period order by f.document_id, f.start_pos")
            .param("id", indicator.id())
            .param("modality", modality.name())
            .param("period", period)
            .query((rs, n) -> stored(rs, indicator))
            .list();
    Map<String, Stored> byPlace = new LinkedHashMap<>();
    for (Stored s : found) {
      String place = RegionKey.of(s.region() != null ? s.region() : s.documentRegion());
      if (s.compared() != measure || place == null) {
        continue;
      }
      byPlace.merge(place, s, (a, b) -> rank(b, place) < rank(a, place) ? b : a);
    }
    List<Comparison.Value> values = new ArrayList<>();
    byPlace.forEach(
        (place, s) ->
            values.add(
                new Comparison.Value(
                    s.region() != null ? s.region() : s.documentRegion(), s.figure())));
    values.sort(
        Comparator.comparing((Comparison.Value v) -> v.figure().value())
            .reversed()
            .thenComparing(Comparison.Value::region));
    return new Comparison(
        indicator.id(), indicator.name(), measure.name(), period, modality.name(), values);
  }

  /**
   * The year for which most places have {@code modality} figures of {@code indicator} (the latest
   * of equals), or null: what a comparison shows when no year is asked for.
   */
  String busiestPeriod(Indicator indicator, Modality modality) {
    return jdbc
        .sql(
            "select f.period, count(distinct coalesce(f.region, d.region)) as places from fact f"
                + " join document d on d.id = f.document_id where f.indicator_id = :id"
                + " and f.modality = :modality and length(f.period) = 4"
                + " group by f.period order by places desc, f.period desc")
        .param("id", indicator.id())
        .param("modality", modality.name())
        .query((rs, n) -> rs.getString(1))
        .list()
        .stream()
        .findFirst()
        .orElse(null);
  }

  private static int rank(Stored s, String place) {
    int own = place.equals(RegionKey.of(s.documentRegion())) ? 0 : 2;
    int report = "WORK_REPORT".equals(s.documentType()) ? 0 : 1;
    return own + report;
  }

  private static Stored stored(ResultSet rs, Indicator indicator) throws SQLException {
    LinkedFigure figure = TargetQueries.figure(rs, 1);
    int i = 1 + TargetQueries.FIGURE_COLUMNS;
    Measure measure = Measure.valueOf(rs.getString(i));
    String direction = figure.direction();
    Fact reading =
        Fact.stored(
            figure.start(),
            figure.end(),
            figure.text(),
            figure.value().doubleValue(),
            figure.unit(),
            figure.value().doubleValue(),
            figure.unit(),
            figure.high() == null ? null : figure.high().doubleValue(),
            Qualifier.valueOf(figure.qualifier().toUpperCase(Locale.ROOT)),
            measure,
            direction == null ? null : Direction.valueOf(direction.toUpperCase(Locale.ROOT)),
            null,
            Modality.ACTUAL,
            rs.getString(i + 1),
            rs.getString(i + 2),
            figure.sentenceStart(),
            figure.sentenceEnd());
    return new Stored(
        figure,
        Measures.compared(reading, indicator),
        rs.getString(i + 1),
        rs.getString(i + 2),
        rs.getString(i + 3),
        rs.getString(i + 4));
  }
}
