package org.duban.core.target;

import java.util.ArrayList;
import java.util.List;
import org.duban.core.fact.Direction;
import org.duban.core.fact.Fact;
import org.duban.core.fact.Measure;
import org.duban.core.fact.Modality;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.meta.DocumentType;
import org.duban.core.meta.JurisdictionLevel;
import org.duban.core.pipeline.AnalyzedDocument;
import org.duban.core.quantity.Qualifier;

/**
 * Facts and reports written for the linker's tests, each figure as a report would put it: the
 * place, the year, the label, the number and the words around it.
 */
final class Figures {

  private Figures() {}

  /** A work report of {@code region} delivered in {@code year}, holding {@code facts}. */
  static TrackedDocument report(String key, String region, int year, Fact... facts) {
    return new TrackedDocument(
        key,
        new AnalyzedDocument(
            new DocumentMeta(
                year + "年" + region + "政府工作报告",
                DocumentType.WORK_REPORT,
                region,
                JurisdictionLevel.DISTRICT,
                year,
                null,
                null),
            0,
            10_000,
            List.of(),
            List.of(),
            List.of(facts)));
  }

  /** A figure being built: a target or a result about one indicator. */
  static final class Builder {
    private final Modality modality;
    private final String indicator;
    private String text;
    private double value;
    private String unit = "%";
    private Double high;
    private Qualifier qualifier = Qualifier.EXACT;
    private Measure measure = Measure.VALUE;
    private Direction direction;
    private String period;
    private String region = "示例区";
    private int start = 100;
    private int sentence = -1;

    private Builder(Modality modality, String indicator) {
      this.modality = modality;
      this.indicator = indicator;
    }

    /** A growth rate in per cent (增长7%). */
    Builder grows(double percent) {
      measure = Measure.CHANGE;
      direction = Direction.UP;
      value = percent;
      text = number(percent) + "%";
      return this;
    }

    /** A fall in per cent (下降3%). */
    Builder falls(double percent) {
      grows(percent);
      direction = Direction.DOWN;
      return this;
    }

    /** A range of growth rates (增长6%—6.5%). */
    Builder growsBetween(double low, double up) {
      grows(low);
      high = up;
      qualifier = Qualifier.RANGE;
      text = number(low) + "%—" + number(up) + "%";
      return this;
    }

    /** A level in {@code baseUnit} (城镇调查失业率5.5%, 1100万人 as 11000000 人). */
    Builder level(double amount, String baseUnit, String written) {
      measure = Measure.VALUE;
      value = amount;
      unit = baseUnit;
      text = written;
      return this;
    }

    Builder qualifier(Qualifier q) {
      qualifier = q;
      return this;
    }

    Builder period(String p) {
      period = p;
      return this;
    }

    Builder region(String r) {
      region = r;
      return this;
    }

    Builder at(int offset) {
      start = offset;
      return this;
    }

    /** Puts the figure in the sentence starting at {@code offset} (figures sharing a label). */
    Builder inSentence(int offset) {
      sentence = offset;
      return this;
    }

    Fact build() {
      int s = sentence >= 0 ? sentence : start - 10;
      return Fact.stored(
          start,
          start + text.length(),
          text,
          value,
          unit,
          value,
          unit,
          high,
          qualifier,
          measure,
          direction,
          indicator,
          modality,
          period,
          region,
          s,
          start + text.length() + 5);
    }

    private static String number(double d) {
      return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
  }

  static Builder target(String indicator) {
    return new Builder(Modality.TARGET, indicator);
  }

  static Builder result(String indicator) {
    return new Builder(Modality.ACTUAL, indicator);
  }

  /** The links of {@code documents}, only those of targets whose label is {@code indicator}. */
  static List<Link> linksOf(List<TrackedDocument> documents) {
    return new ArrayList<>(new TargetLinker(IndicatorCatalogue.get()).link(documents));
  }
}
