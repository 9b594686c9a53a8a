package org.duban.core.target;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
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

  private static final int LABELS_KEPT = 100_000;

  private final IndicatorLabels labels;

  public TargetLinker(IndicatorCatalogue catalogue) {
    this.labels = new IndicatorLabels(catalogue);
  }

  /** One figure of one document read for linking: its indicator, reading, place and years. */
  private record Figure(
      Doc doc,
      long id,
      Fact fact,
      IndicatorLabel indicator,
      Reading reading,
      String region,
      Years years) {}

  /** A document with the year it is about and the place it speaks for, as written and as key. */
  private record Doc(String key, int order, Integer year, String jurisdiction, String region) {}

  private record Key(String region, String indicator) {}

  /** The results a target can take: a place, an indicator and the last year reported on. */
  private record ResultKey(String region, String indicator, int last) {}

  /** A place and the years a result is about, for whether a later document covers a target. */
  private record Cover(String region, Years years) {}

  /** The links of every target of {@code documents}, in document order. */
  public List<Link> link(List<TrackedDocument> documents) {
    Map<String, AnalyzedDocument> byKey = new HashMap<>();
    List<TrackedLedger.Document> heads = new ArrayList<>();
    for (TrackedDocument d : documents) {
      if (byKey.putIfAbsent(d.key(), d.document()) == null) {
        heads.add(new TrackedLedger.Document(d.key(), d.document().meta().jurisdiction(), year(d)));
      }
    }
    TrackedLedger ledger =
        new TrackedLedger() {
          @Override
          public List<Document> documents() {
            return heads;
          }

          @Override
          public void facts(String key, Facts sink) {
            List<Fact> facts = byKey.get(key).facts();
            for (int i = 0; i < facts.size(); i++) {
              sink.fact(i, facts.get(i));
            }
          }
        };
    List<Link> links = new ArrayList<>();
    // Held in memory, a document's facts need not come sentence by sentence: read them whole.
    link(ledger, (link, target, result) -> links.add(link), false);
    return links;
  }

  /**
   * Gives {@code sink} the links of every target of {@code ledger}'s documents, as {@link
   * #link(List)} gives them, reading the facts three times: for what the targets need, for the
   * results that could answer them, and for the targets to judge. Only those results and the
   * sentence being read are held.
   */
  public void link(TrackedLedger ledger, LinkSink sink) {
    link(ledger, sink, true);
  }

  private void link(TrackedLedger ledger, LinkSink sink, boolean bySentence) {
    List<TrackedLedger.Document> given = ledger.documents();
    // The keys fix an order independent of the order the caller happened to read the documents.
    List<TrackedLedger.Document> ordered = new ArrayList<>(given);
    ordered.sort(Comparator.comparing(TrackedLedger.Document::key));
    Map<String, Doc> docs = new LinkedHashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      TrackedLedger.Document d = ordered.get(i);
      docs.put(
          d.key(), new Doc(d.key(), i, d.year(), d.jurisdiction(), RegionKey.of(d.jurisdiction())));
    }
    // What the targets need: the documents setting targets on each place and indicator, and the
    // documents reporting on each place and period.
    // A ledger says the same few labels over and over: each is read once per link, not per figure.
    Reads reads = new Reads(bySentence, new HashMap<>());
    Map<Key, Set<Doc>> targetsOn = new HashMap<>();
    Map<Cover, Set<Doc>> covers = new HashMap<>();
    Set<Doc> withTargets = new LinkedHashSet<>();
    for (Doc doc : docs.values()) {
      read(
          ledger,
          doc,
          reads,
          f -> {
            if (f.fact().modality() == Modality.TARGET) {
              withTargets.add(doc);
              if (f.region() != null && f.indicator().key() != null) {
                targetsOn
                    .computeIfAbsent(new Key(f.region(), f.indicator().key()), k -> new HashSet<>())
                    .add(doc);
              }
            } else if (f.region() != null && f.years() != null && doc.year() != null) {
              covers
                  .computeIfAbsent(new Cover(f.region(), f.years()), k -> new HashSet<>())
                  .add(doc);
            }
          });
    }
    // The results some target of another document could take; a document without a year answers
    // none, and one whose results could only answer its own targets need not be read again.
    Map<ResultKey, List<Figure>> results = new HashMap<>();
    for (Doc doc : docs.values()) {
      if (doc.year() == null || withTargets.isEmpty() || Set.of(doc).containsAll(withTargets)) {
        continue;
      }
      read(
          ledger,
          doc,
          reads,
          f -> {
            if (f.fact().modality() == Modality.TARGET
                || f.region() == null
                || f.years() == null
                || f.indicator().key() == null) {
              return;
            }
            Set<Doc> setting = targetsOn.get(new Key(f.region(), f.indicator().key()));
            if (setting != null && !Set.of(doc).containsAll(setting)) {
              results
                  .computeIfAbsent(
                      new ResultKey(f.region(), f.indicator().key(), f.years().last()),
                      k -> new ArrayList<>())
                  .add(f);
            }
          });
    }
    List<Doc> all = List.copyOf(docs.values());
    for (TrackedLedger.Document d : given) {
      Doc doc = docs.get(d.key());
      if (!withTargets.contains(doc)) {
        continue;
      }
      List<Figure> sentence = new ArrayList<>();
      read(
          ledger,
          doc,
          reads,
          f -> {
            if (f.fact().modality() == Modality.TARGET) {
              sentence.add(f);
            }
          },
          () -> {
            sentence.sort(Comparator.comparingInt(f -> f.fact().start()));
            for (Figure target : sentence) {
              Judged judged = judge(target, results, covers, all);
              sink.link(judged.link(), target.id(), judged.result());
            }
            sentence.clear();
          });
    }
  }

  /** How the figures of a ledger are read: a sentence at a time or not, and the labels known. */
  private record Reads(boolean bySentence, Map<String, List<IndicatorLabel>> labels) {}

  /** A link and the number of its result's fact. */
  private record Judged(Link link, Long result) {}

  private void read(TrackedLedger ledger, Doc doc, Reads reads, Consumer<Figure> figures) {
    read(ledger, doc, reads, figures, () -> {});
  }

  /**
   * Gives the figures of {@code doc} to {@code figures}, a sentence at a time when the ledger gives
   * its facts so (else the document at once), calling {@code done} after each.
   */
  private void read(
      TrackedLedger ledger, Doc doc, Reads reads, Consumer<Figure> figures, Runnable done) {
    FigureReader reader = new FigureReader(doc, figures, done, reads.labels());
    ledger.facts(
        doc.key(),
        (id, fact) -> {
          if (reads.bySentence() && reader.inAnotherSentence(fact)) {
            reader.flush();
          }
          reader.add(id, fact);
        });
    reader.flush();
  }

  private static Judged judge(
      Figure target,
      Map<ResultKey, List<Figure>> results,
      Map<Cover, Set<Doc>> covers,
      List<Doc> docs) {
    Fact fact = target.fact();
    Indicator indicator = target.indicator().indicator();
    Sense sense = Attainment.sense(fact, target.reading(), indicator);
    Years years = target.years() != null ? target.years() : yearOf(target.doc());
    Figure best = null;
    if (target.region() != null && years != null && target.indicator().key() != null) {
      best =
          results
              .getOrDefault(
                  new ResultKey(target.region(), target.indicator().key(), years.last()), List.of())
              .stream()
              .filter(r -> answers(r, target, years))
              .min(preference(target, years))
              .orElse(null);
    }
    if (best == null) {
      boolean covered = years != null && covered(target, years, covers, docs);
      Verdict verdict = covered ? Verdict.NO_RESULT : Verdict.PENDING;
      String note =
          covered
              ? "a later report covers " + years + " but gives no figure for this indicator"
              : "no report read so far covers " + (years == null ? "its period" : years);
      return new Judged(link(target, sense, null, verdict, note), null);
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
    return new Judged(link(target, sense, best, verdict, note), best.id());
  }

  /** The link of {@code target} to {@code result} (null when none answers it). */
  private static Link link(
      Figure target, Sense sense, Figure result, Verdict verdict, String note) {
    return new Link(
        target.doc().key(),
        target.fact(),
        target.indicator(),
        target.reading().measure(),
        sense,
        result == null ? null : result.doc().key(),
        result == null ? null : result.fact(),
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
      Figure target, Years years, Map<Cover, Set<Doc>> covers, List<Doc> docs) {
    for (Doc d : docs) {
      if (d != target.doc()
          && Objects.equals(d.region(), target.region())
          && d.year() != null
          && d.year() == years.last() + 1
          && later(d, target.doc(), years)) {
        return true;
      }
    }
    for (Doc d : covers.getOrDefault(new Cover(target.region(), years), Set.of())) {
      if (d != target.doc() && later(d, target.doc(), years)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads the figures of a document's facts. A label joining k indicators on k figures of one
   * sentence gives the i-th figure the i-th indicator (城镇居民人均可支配收入和农村居民人均纯收入分别增长8%和10%); one figure
   * speaks of all of them. So the facts are grouped by sentence and label before they are read, and
   * a group is complete once its sentence has been read.
   */
  private final class FigureReader {
    private final Doc doc;
    private final Consumer<Figure> figures;
    private final Runnable done;
    private final Map<String, List<IndicatorLabel>> known;
    private final Map<String, List<Fact>> bySentenceAndLabel = new LinkedHashMap<>();
    private final Map<Fact, String> labelOf = new IdentityHashMap<>();
    private final Map<Fact, Long> ids = new IdentityHashMap<>();
    private Fact previous;

    FigureReader(
        Doc doc, Consumer<Figure> figures, Runnable done, Map<String, List<IndicatorLabel>> known) {
      this.doc = doc;
      this.figures = figures;
      this.done = done;
      this.known = known;
    }

    private List<IndicatorLabel> labelsOf(String label, int figures) {
      if (known.size() > LABELS_KEPT) {
        known.clear();
      }
      return known.computeIfAbsent(figures + "\u0000" + label, k -> labels.of(label, figures));
    }

    boolean inAnotherSentence(Fact f) {
      return previous != null && previous.sentenceStart() != f.sentenceStart();
    }

    void add(long id, Fact f) {
      String label = f.indicator();
      // A label with no name in it (a unit left over) takes the name of the figure before it in
      // the sentence: 国内生产总值达到74.4 万亿元，增长6.7%.
      if (IndicatorLabels.namesNothing(label)
          && previous != null
          && previous.sentenceStart() == f.sentenceStart()) {
        label = labelOf.get(previous);
      }
      labelOf.put(f, label);
      ids.put(f, id);
      previous = f;
      bySentenceAndLabel
          .computeIfAbsent(
              f.sentenceStart() + "\u0000" + label + "\u0000" + f.normUnit() + f.modality(),
              k -> new ArrayList<>())
          .add(f);
    }

    void flush() {
      for (List<Fact> group : bySentenceAndLabel.values()) {
        List<IndicatorLabel> parts = labelsOf(labelOf.get(group.get(0)), group.size());
        for (int i = 0; i < group.size(); i++) {
          Fact f = group.get(i);
          List<IndicatorLabel> mine =
              parts.size() > 1 && parts.size() == group.size() ? List.of(parts.get(i)) : parts;
          for (IndicatorLabel part : mine) {
            figures.accept(
                new Figure(
                    doc,
                    ids.get(f),
                    f,
                    part,
                    Reading.of(f, part.indicator()),
                    RegionKey.of(f.region() != null ? f.region() : doc.jurisdiction()),
                    Years.parse(f.period())));
          }
        }
      }
      bySentenceAndLabel.clear();
      Fact last = previous;
      String lastLabel = last == null ? null : labelOf.get(last);
      labelOf.clear();
      ids.clear();
      if (last != null) {
        // The next fact may still be of this sentence (a document read whole ends here).
        labelOf.put(last, lastLabel);
      }
      done.run();
    }
  }

  private static Integer year(TrackedDocument t) {
    AnalyzedDocument d = t.document();
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
