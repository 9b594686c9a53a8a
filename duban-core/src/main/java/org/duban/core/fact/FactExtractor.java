package org.duban.core.fact;

import java.util.ArrayList;
import java.util.List;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.quantity.Quantity;
import org.duban.core.quantity.QuantityRecognizer;
import org.duban.core.sentence.Sentence;
import org.duban.core.sentence.SentenceSplitter;
import org.duban.core.split.Article;
import org.duban.core.structure.Role;
import org.duban.core.structure.Section;
import org.duban.core.structure.Structure;
import org.duban.core.text.CodePointIndex;
import org.duban.core.text.MappedText;

/**
 * Finds the facts of one article: recognises quantity expressions, keeps those that are facts, and
 * gives each its measure, modality, period, region and indicator.
 */
public final class FactExtractor {

  private final QuantityRecognizer recognizer = new QuantityRecognizer();
  private final SentenceSplitter sentences = new SentenceSplitter();
  private final RankReader ranks = new RankReader();
  private final NonFactFilter filter = new NonFactFilter(ranks);
  private final MeasureClassifier measures = new MeasureClassifier();
  private final ModalityResolver modalities = new ModalityResolver();
  private final PeriodResolver periods = new PeriodResolver();
  private final IndicatorExtractor indicators = new IndicatorExtractor();
  private final RegionResolver regions = new RegionResolver();

  /** What every sentence of an article shares. */
  private record ArticleContext(
      String text,
      DocumentMeta meta,
      Structure structure,
      MappedText mapped,
      CodePointIndex codePoints,
      SpanParagraphs spans,
      ArticleYears years) {}

  public List<Fact> extract(
      Article article, DocumentMeta meta, Structure structure, CodePointIndex codePoints) {
    MappedText mapped = article.text();
    String text = mapped.text();
    ArticleContext context =
        new ArticleContext(
            text,
            meta,
            structure,
            mapped,
            codePoints,
            SpanParagraphs.of(text),
            ArticleYears.of(text));
    List<Quantity> quantities = recognizer.recognize(text);
    List<Fact> facts = new ArrayList<>();
    int next = 0;
    Carry carry = Carry.NONE;
    for (Sentence sentence : sentences.split(text)) {
      while (next < quantities.size() && quantities.get(next).start() < sentence.start()) {
        next++;
      }
      int first = next;
      while (next < quantities.size() && quantities.get(next).end() <= sentence.end()) {
        next++;
      }
      if (next > first) {
        carry = extractSentence(context, sentence, quantities.subList(first, next), carry, facts);
      }
      if (endsParagraph(text, sentence)) {
        carry = Carry.NONE;
      } else if (endsParagraphOrStatement(text, sentence)) {
        carry = new Carry(null, null, carry.paragraphLabel());
      }
    }
    return facts;
  }

  /**
   * What a sentence cut by ； passes to the next: the place and the label of its last figure
   * (山西规上原煤产量8.8亿吨，同比增长11.6%；发电量…). A full stop or a paragraph ends it.
   */
  private record Carry(String region, String label, String paragraphLabel) {
    static final Carry NONE = new Carry(null, null, null);
  }

  /**
   * The last label of the paragraph survives its full stops as a last resort for a figure whose
   * clause names only a place (其中，湖北为18.7%).
   */
  private static boolean endsParagraph(String text, Sentence sentence) {
    int i = sentence.end();
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
  }

  private static boolean endsParagraphOrStatement(String text, Sentence sentence) {
    char last = text.charAt(sentence.end() - 1);
    return last != '；' && last != ';';
  }

  /** Extracts the facts of one sentence and returns what it carries to the next. */
  private Carry extractSentence(
      ArticleContext context,
      Sentence sentence,
      List<Quantity> quantities,
      Carry carry,
      List<Fact> out) {
    String text = context.text();
    DocumentMeta meta = context.meta();
    Quotes quotes = Quotes.of(text, sentence.start(), sentence.end());
    List<Quantity> kept = new ArrayList<>(quantities.size());
    Quantity previous = null;
    for (Quantity found : quantities) {
      int clauseStart = Clause.start(text, found.start(), sentence.start());
      Quantity q = ranks.reinterpret(text, found, clauseStart);
      if (filter.isFact(text, q, quotes, sentence.start(), previous)) {
        kept.add(q);
        previous = q;
      }
    }
    IndicatorExtractor.SentenceLabels labels =
        indicators.forSentence(text, sentence.start(), kept, carry.label(), carry.paragraphLabel());
    String carriedRegion = carry.region();
    String lastLabel = carry.label();
    int lastClauseStart = -1;
    int indexInClause = 0;
    for (Quantity q : kept) {
      int clauseStart = Clause.start(text, q.start(), sentence.start());
      int clauseEnd = Clause.end(text, q.end(), sentence.end());
      indexInClause = clauseStart == lastClauseStart ? indexInClause + 1 : 0;
      lastClauseStart = clauseStart;
      List<Section> headings = context.structure().enclosing(q.start());
      Role role = headings.isEmpty() ? Role.OTHER : headings.get(headings.size() - 1).role();
      Measurement measurement = measures.classify(text, q, clauseStart);
      Integer deadline = periods.deadline(text, q, sentence.start(), quotes);
      Modality modality =
          modalities.resolve(
              text, q, clauseStart, sentence.start(), sentence.end(), role, meta, deadline);
      PeriodResolver.Place place =
          new PeriodResolver.Place(
              sentence.start(),
              clauseStart,
              clauseEnd,
              quotes,
              headings,
              role,
              context.spans(),
              context.years());
      String period = periods.resolve(text, q, place, modality, measurement.measure(), meta);
      String indicator = labels.label(q, clauseStart, clauseEnd);
      String named = regions.named(text, q, clauseStart, indexInClause, meta.jurisdiction());
      if (named != null) {
        carriedRegion = named;
      }
      String region = carriedRegion != null ? carriedRegion : meta.jurisdiction();
      lastLabel = indicator;
      MappedText mapped = context.mapped();
      CodePointIndex codePoints = context.codePoints();
      out.add(
          new Fact(
              cp(codePoints, mapped.toSource(q.start())),
              cp(codePoints, mapped.toSourceEnd(q.end())),
              q.text(),
              q.value(),
              q.unit(),
              q.normValue(),
              q.normUnit(),
              q.normHigh(),
              q.qualifier(),
              measurement.measure(),
              measurement.direction(),
              indicator,
              modality,
              period,
              region,
              cp(codePoints, mapped.toSource(sentence.start())),
              cp(codePoints, mapped.toSourceEnd(sentence.end()))));
    }
    return new Carry(
        carriedRegion, lastLabel, lastLabel != null ? lastLabel : carry.paragraphLabel());
  }

  private static int cp(CodePointIndex codePoints, int index) {
    return codePoints.toCodePoint(index);
  }
}
