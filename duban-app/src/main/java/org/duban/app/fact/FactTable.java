package org.duban.app.fact;

import java.util.List;
import java.util.function.Function;
import org.duban.app.label.Labels;

/**
 * The columns of a fact export: Chinese headers and how each cell is read from a fact, codes in
 * Chinese words.
 */
final class FactTable {

  record Column(String header, Function<StoredFact, Object> cell) {}

  private final List<Column> columns;

  FactTable(Labels labels) {
    this.columns =
        List.of(
            new Column("文档编号", StoredFact::documentId),
            new Column("文件", StoredFact::doc),
            new Column("起点", StoredFact::start),
            new Column("终点", StoredFact::end),
            new Column("数量表述", StoredFact::text),
            new Column("数值", StoredFact::value),
            new Column("单位", StoredFact::unit),
            new Column("标准值", StoredFact::normValue),
            new Column("标准单位", StoredFact::normUnit),
            new Column("区间上限", StoredFact::normHigh),
            new Column("限定", f -> labels.qualifier(f.qualifier())),
            new Column("度量", f -> labels.measure(f.measure())),
            new Column("方向", f -> f.direction() == null ? null : labels.direction(f.direction())),
            new Column("指标", StoredFact::indicator),
            new Column("指标编号", StoredFact::indicatorId),
            new Column("性质", f -> labels.modality(f.modality())),
            new Column("时期", StoredFact::period),
            new Column("地区", StoredFact::region));
  }

  String[] headers() {
    return columns.stream().map(Column::header).toArray(String[]::new);
  }

  Object[] row(StoredFact fact) {
    return columns.stream().map(c -> c.cell().apply(fact)).toArray();
  }
}
