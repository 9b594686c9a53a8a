package org.duban.app.ledger;

import java.time.LocalDate;
import java.util.List;
import org.duban.app.config.LedgerVersion;
import org.duban.app.search.SearchIndex;
import org.duban.core.fact.Direction;
import org.duban.core.fact.Fact;
import org.duban.core.fact.Measure;
import org.duban.core.fact.Modality;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.meta.DocumentType;
import org.duban.core.meta.JurisdictionLevel;
import org.duban.core.pipeline.AnalyzedDocument;
import org.duban.core.quantity.Qualifier;
import org.duban.core.structure.NodeKind;
import org.duban.core.structure.OutlineNode;
import org.duban.core.structure.Role;
import org.duban.core.structure.Task;
import org.duban.core.text.SourceText;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Texts written for the tests and their analysed form, and a way to empty the ledger. */
public final class LedgerFixtures {

  /** A small work report of an invented district. */
  public static final String REPORT =
      "2024年示例区政府工作报告\n"
          + "一、2023年工作回顾\n"
          + "全年实现地区生产总值1234.5亿元，同比增长6.2%。\n"
          + "二、2024年主要任务\n"
          + "1.稳住经济增长。地区生产总值增长5%左右。（区发展改革委牵头，区财政局配合）\n";

  private final JdbcClient jdbc;
  private final SearchIndex index;
  private final LedgerVersion version;

  public LedgerFixtures(JdbcClient jdbc, SearchIndex index, LedgerVersion version) {
    this.jdbc = jdbc;
    this.index = index;
    this.version = version;
  }

  /** Removes every stored row and indexed sentence. */
  public void clear() {
    for (String table :
        List.of(
            "task_unit",
            "task",
            "fact",
            "outline_node",
            "document",
            "source_file",
            "ingest_outcome",
            "ingest_run",
            "audit_event",
            "ledger_change")) {
      jdbc.sql("delete from " + table).update();
    }
    index.deleteAll();
    index.commit();
    version.changed();
  }

  public static SourceText reportSource() {
    return new SourceText("示例区-2024.txt", REPORT);
  }

  /** {@link #REPORT} as an extractor should read it: two facts, an outline and one task. */
  public static AnalyzedDocument analyzedReport() {
    String t = REPORT;
    int gdp = t.indexOf("1234.5亿元");
    int growth = t.indexOf("5%左右");
    int review = t.indexOf("2023年工作回顾");
    int plan = t.indexOf("2024年主要任务");
    int task = t.indexOf("稳住经济增长");
    int sentence = t.indexOf("全年实现");
    int planSentence = t.indexOf("地区生产总值增长");
    return new AnalyzedDocument(
        new DocumentMeta(
            "2024年示例区政府工作报告",
            DocumentType.WORK_REPORT,
            "示例区",
            JurisdictionLevel.DISTRICT,
            2024,
            LocalDate.of(2024, 1, 10),
            "示例区人民政府"),
        0,
        t.length(),
        List.of(
            new OutlineNode(-1, "一", "2023年工作回顾", review, plan - 3, Role.REVIEW, NodeKind.PART),
            new OutlineNode(0, "二", "2024年主要任务", plan, t.length(), Role.PLAN, NodeKind.PART),
            new OutlineNode(2, "1", "稳住经济增长。", task, t.length(), Role.PLAN, NodeKind.TASK)),
        List.of(
            new Task(
                new OutlineNode(2, "1", "稳住经济增长。", task, t.length(), Role.PLAN, NodeKind.TASK),
                List.of("区发展改革委"),
                List.of("区财政局"))),
        List.of(
            fact(
                gdp,
                "1234.5亿元",
                1234.5,
                "亿元",
                123450000000d,
                "CNY",
                null,
                Qualifier.EXACT,
                Measure.VALUE,
                null,
                "地区生产总值",
                Modality.ACTUAL,
                "2023",
                "示例区",
                sentence,
                t.indexOf("。", sentence) + 1),
            fact(
                growth,
                "5%左右",
                5,
                "%",
                5,
                "%",
                null,
                Qualifier.ABOUT,
                Measure.CHANGE,
                Direction.UP,
                "地区生产总值",
                Modality.TARGET,
                "2024",
                "示例区",
                planSentence,
                t.indexOf("。", planSentence) + 1)));
  }

  /** A fact; the one place tests build the core's record, so a new field changes one line. */
  public static Fact fact(
      int start,
      String text,
      double value,
      String unit,
      double normValue,
      String normUnit,
      Double normHigh,
      Qualifier qualifier,
      Measure measure,
      Direction direction,
      String indicator,
      Modality modality,
      String period,
      String region,
      int sentenceStart,
      int sentenceEnd) {
    int end = start + text.codePointCount(0, text.length());
    return Fact.stored(
        start,
        end,
        text,
        value,
        unit,
        normValue,
        normUnit,
        normHigh,
        qualifier,
        measure,
        direction,
        indicator,
        modality,
        period,
        region,
        sentenceStart,
        sentenceEnd);
  }

  /** Whether the core's extractor finds facts yet (it is a stub until issue 3 lands). */
  public static boolean extractorFindsFacts() {
    return !new org.duban.core.pipeline.DocumentAnalyzer()
        .analyze(new SourceText("probe.txt", "2023年，全区地区生产总值达到1234.5亿元，同比增长6.2%。")).stream()
            .allMatch(d -> d.facts().isEmpty());
  }
}
