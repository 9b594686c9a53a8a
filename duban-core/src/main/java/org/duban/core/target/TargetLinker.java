package org.duban.core.target;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.duban.core.fact.Fact;
import org.duban.core.fact.Modality;
import org.duban.core.pipeline.AnalyzedDocument;

/**
 * Links every target of a set of documents to the result that a later document reports for the same
 * place, indicator, measure and period, and judges it ({@code shared/spec/links.md}). A pure
 * function of the documents: the order they come in changes nothing.
 *
 * <p>Labels outside the catalogue link only to the report that reviews the period. When several
 * results qualify, the document that reviews the period comes first (the report of the year after
 * it), then the nearest in time; within one document, a result for exactly the target's period
 * before one for the end year of its span, then one of the target's sign and within a factor of
 * three of its size, then for a level the one nearest the target's size (a cumulative 五年 figure is
 * not the last year's, the year's total not a project's), then the first written.
 */
public final class TargetLinker {

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\d{4}年");

  private final IndicatorLabels labels;

  public TargetLinker(IndicatorCatalogue catalogue) {
    this.labels = new IndicatorLabels(catalogue);
  }

  /** One figure of one document read for linking: its indicator, reading, place and years. */
  private record Figure(
      Doc doc, Fact fact, IndicatorLabel indicator, Reading reading, String region, Years years) {}

  /** A document with the year it is about and the place it speaks for. */
  private record Doc(String key, int order, Integer year, String region) {}

  private record Key(String region, String indicator) {}

  /** The links of every target of {@code documents}, in document order. */
  public List<Link> link(List<TrackedDocument> documents) {
    List<TrackedDocument> ordered = new ArrayList<>(documents);
    // The keys fix an order independent of the order the caller happened to read the documents.
    ordered.sort(Comparator.comparing(TrackedDocument::key));
    List<Figure> targets = new ArrayList<>();
    Map<Key, List<Figure>> results = new HashMap<>();
    Map<String, List<Figure>> resultsByRegion = new HashMap<>();
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      AnalyzedDocument d = ordered.get(i).document();
      Doc doc = new Doc(ordered.get(i).key(), i, year(d), RegionKey.of(d.meta().jurisdiction()));
      docs.add(doc);
      for (Figure f : figures(doc, d)) {
        if (f.fact().modality() == Modality.TARGET) {
          targets.add(f);
        } else if (f.region() != null && f.years() != null) {
          resultsByRegion.computeIfAbsent(f.region(), r -> new ArrayList<>()).add(f);
          if (f.indicator().key() != null) {
            results
                .computeIfAbsent(new Key(f.region(), f.indicator().key()), k -> new ArrayList<>())
                .add(f);
          }
        }
      }
    }
    List<Link> links = new ArrayList<>(targets.size());
    for (Figure target : targets) {
      links.add(judge(target, results, resultsByRegion, docs));
    }
    Map<String, Integer> given = new HashMap<>();
    for (int i = 0; i < documents.size(); i++) {
      given.putIfAbsent(documents.get(i).key(), i);
    }
    links.sort(
        Comparator.<Link>comparingInt(l -> given.get(l.targetDocument()))
            .thenComparingInt(l -> l.target().start()));
    return links;
  }

  private Link judge(
      Figure target,
      Map<Key, List<Figure>> results,
      Map<String, List<Figure>> resultsByRegion,
      List<Doc> docs) {
    Fact fact = target.fact();
    Indicator indicator = target.indicator().indicator();
    Sense sense = Attainment.sense(fact, target.reading(), indicator);
    Years years = target.years() != null ? target.years() : yearOf(target.doc());
    Figure best = null;
    if (target.region() != null && years != null && target.indicator().key() != null) {
      best =
          results
              .getOrDefault(new Key(target.region(), target.indicator().key()), List.of())
              .stream()
              .filter(r -> answers(r, target, years))
              .min(preference(target, years))
              .orElse(null);
    }
    String targetKey = target.doc().key();
    if (best == null) {
      boolean covered = years != null && covered(target, years, resultsByRegion, docs);
      Verdict verdict = covered ? Verdict.NO_RESULT : Verdict.PENDING;
      String note =
          covered
              ? "a later report covers " + years + " but gives no figure for this indicator"
              : "no report read so far covers " + (years == null ? "its period" : years);
      return new Link(
          targetKey,
          fact,
          target.indicator(),
          target.reading().measure(),
          sense,
          null,
          null,
          verdict,
          note);
    }
    boolean met = Attainment.met(fact, target.reading(), sense, best.reading());
    Verdict verdict = met ? Verdict.MET : Verdict.MISSED;
    String note =
        best.fact().text()
            + (met ? " meets " : " misses ")
            + "the "
            + sense.json()
            + " "
            + fact.text()
            + (Attainment.tolerance(fact, target.reading()) > 0
                ? " (tolerance " + Attainment.tolerance(fact, target.reading()) + ")"
                : "");
    return new Link(
        targetKey,
        fact,
        target.indicator(),
        target.reading().measure(),
        sense,
        best.doc().key(),
        best.fact(),
        verdict,
        note);
  }

  /** Whether {@code result} reports on what {@code target} set, in a later document. */
  private static boolean answers(Figure result, Figure target, Years years) {
    if (result.doc() == target.doc() || !later(result.doc(), target.doc(), years)) {
      return false;
    }
    if (!result.reading().comparableWith(target.reading())) {
      return false;
    }
    // A label the catalogue does not know is trusted only in the report that reviews the period:
    // the same words years apart (在校学生, 投资) rarely count the same thing.
    if (target.indicator().indicator() == null && result.doc().year() != years.last() + 1) {
      return false;
    }
    if (result.years().equals(years)) {
      return true;
    }
    // 到2015年 / 十二五末: a level set for a span is reported for its end year.
    return years.isSpan()
        && !result.years().isSpan()
        && result.years().last() == years.last()
        && target.reading().kind() != Reading.Kind.CHANGE;
  }

  private static boolean later(Doc result, Doc target, Years years) {
    if (result.year() == null) {
      return false;
    }
    if (target.year() != null && result.year() <= target.year()) {
      return false;
    }
    return result.year() > years.first();
  }

  private static Comparator<Figure> preference(Figure target, Years years) {
    int review = years.last() + 1;
    return Comparator.<Figure>comparingInt(r -> r.doc().year() == review ? 0 : 1)
        .thenComparingInt(r -> Math.abs(r.doc().year() - review))
        .thenComparingInt(r -> r.years().equals(years) ? 0 : 1)
        .thenComparingInt(r -> r.doc().order())
        .thenComparingInt(r -> plausible(r, target) ? 0 : 1)
        .thenComparingDouble(r -> distance(r, target))
        .thenComparingInt(r -> comparesYears(r) ? 1 : 0)
        .thenComparingInt(r -> r.fact().start());
  }

  /**
   * Whether a result is of the target's sign and within a factor of three of its size: a growth of
   * 65% (比2002年增长65.5%, over five years) does not answer a target of 8% while the year's 11% is
   * there to.
   */
  private static boolean plausible(Figure result, Figure target) {
    double t = target.reading().low();
    double r = result.reading().low();
    if (t == 0) {
      return true;
    }
    double ratio = r / t;
    return ratio >= 1.0 / 3 && ratio <= 3;
  }

  /**
   * Whether a result stands in a comparison across years (由2010年的162亿元增加到2015年的288亿元): the plain
   * statement of the year's figure is the one to show.
   */
  private static boolean comparesYears(Figure result) {
    String label = result.fact().indicator();
    return label != null && YEAR.matcher(label).find();
  }

  /**
   * How far a level result is from the target's size, as a ratio: of two levels one document gives
   * for the same indicator and year, the nearer is the headline figure the target was set for (全年
   * 新增就业5650人, not a project's 新增就业3000人; 五年新增就业4500万人, not the last year's 1312万). Changes are all
   * as near: the first written is the headline.
   */
  private static double distance(Figure result, Figure target) {
    if (target.reading().kind() != Reading.Kind.LEVEL) {
      return 0;
    }
    double t = Math.abs(target.reading().low());
    double r = Math.abs(result.reading().low());
    return t == 0 || r == 0 ? Double.MAX_VALUE : Math.abs(Math.log(r / t));
  }

  /**
   * Whether a later document reports on the target's place and period: the report of the year after
   * it for the same place, or any document with a result for that place and period.
   */
  private static boolean covered(
      Figure target, Years years, Map<String, List<Figure>> resultsByRegion, List<Doc> docs) {
    for (Doc d : docs) {
      if (d != target.doc()
          && Objects.equals(d.region(), target.region())
          && d.year() != null
          && d.year() == years.last() + 1
          && later(d, target.doc(), years)) {
        return true;
      }
    }
    for (Figure r : resultsByRegion.getOrDefault(target.region(), List.of())) {
      if (r.doc() != target.doc()
          && r.years().equals(years)
          && later(r.doc(), target.doc(), years)) {
        return true;
      }
    }
    return false;
  }

  private List<Figure> figures(Doc doc, AnalyzedDocument d) {
    // A label joining k indicators on k figures of one sentence gives the i-th figure the i-th
    // indicator (城镇居民人均可支配收入和农村居民人均纯收入分别增长8%和10%); one figure speaks of all of them.
    Map<String, List<Fact>> bySentenceAndLabel = new LinkedHashMap<>();
    Map<Fact, String> labelOf = new HashMap<>();
    Fact previous = null;
    for (Fact f : d.facts()) {
      String label = f.indicator();
      // A label with no name in it (a unit left over) takes the name of the figure before it in
      // the sentence: 国内生产总值达到74.4 万亿元，增长6.7%.
      if (IndicatorLabels.namesNothing(label)
          && previous != null
          && previous.sentenceStart() == f.sentenceStart()) {
        label = labelOf.get(previous);
      }
      labelOf.put(f, label);
      previous = f;
      bySentenceAndLabel
          .computeIfAbsent(
              f.sentenceStart() + "\u0000" + label + "\u0000" + f.normUnit() + f.modality(),
              k -> new ArrayList<>())
          .add(f);
    }
    List<Figure> figures = new ArrayList<>();
    for (List<Fact> group : bySentenceAndLabel.values()) {
      List<IndicatorLabel> parts = labels.of(labelOf.get(group.get(0)), group.size());
      for (int i = 0; i < group.size(); i++) {
        Fact f = group.get(i);
        List<IndicatorLabel> mine =
            parts.size() > 1 && parts.size() == group.size() ? List.of(parts.get(i)) : parts;
        for (IndicatorLabel part : mine) {
          figures.add(
              new Figure(
                  doc,
                  f,
                  part,
                  Reading.of(f, part.indicator()),
                  RegionKey.of(f.region() != null ? f.region() : d.meta().jurisdiction()),
                  Years.parse(f.period())));
        }
      }
    }
    return figures;
  }

  private static Integer year(AnalyzedDocument d) {
    if (d.meta().year() != null) {
      return d.meta().year();
    }
    // A document without a year of its own is as late as the latest year it reports on.
    return d.facts().stream()
        .map(f -> Years.parse(f.period()))
        .filter(Objects::nonNull)
        .map(Years::last)
        .max(Integer::compare)
        .orElse(null);
  }

  private static Years yearOf(Doc doc) {
    return doc.year() == null ? null : new Years(doc.year(), doc.year());
  }
}
