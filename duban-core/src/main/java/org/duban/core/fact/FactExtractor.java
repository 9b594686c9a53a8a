package org.duban.core.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.quantity.Quantity;
import org.duban.core.split.Article;
import org.duban.core.structure.Structure;
import org.duban.core.text.CodePointIndex;
import org.duban.core.text.MappedText;
import org.duban.core.text.Span;

/**
 * Finds the facts of one article: finds its figures, then lets one stage per attribute give each
 * figure its measure, modality, period, place and indicator, in an order checked when the extractor
 * is built.
 */
public final class FactExtractor {

  private final FigureFinder finder = new FigureFinder();
  private final FigurePipeline pipeline =
      new FigurePipeline(
          List.of(
              new IndicatorExtractor(),
              new MeasureClassifier(),
              new WrittenYear(),
              new ModalityResolver(),
              new PeriodResolver(),
              new RegionStage()));
  private final int run;
  private final int longestRun;

  public FactExtractor() {
    this(FigureBatches.RUN, FigureBatches.LONGEST_RUN);
  }

  /** An extractor that hands the stages runs of the given sizes (see {@link FigureBatches}). */
  FactExtractor(int run, int longestRun) {
    if (run < 1 || longestRun < run) {
      throw new IllegalArgumentException(
          "runs of " + run + " to " + longestRun + " figures: need 1 ≤ run ≤ longest run");
    }
    this.run = run;
    this.longestRun = longestRun;
  }

  public List<Fact> extract(
      Article article, DocumentMeta meta, Structure structure, CodePointIndex codePoints) {
    List<Fact> facts = new ArrayList<>();
    extract(article, meta, structure, codePoints, facts::add);
    return facts;
  }

  /**
   * Hands the article's facts to {@code sink} in reading order as they are found, a run of
   * paragraphs at a time, so that a long article's facts are never all held at once.
   */
  public void extract(
      Article article,
      DocumentMeta meta,
      Structure structure,
      CodePointIndex codePoints,
      Consumer<Fact> sink) {
    MappedText mapped = article.text();
    ArticleContext context = ArticleContext.of(mapped.text(), meta);
    FigureBatches batches =
        new FigureBatches(run, longestRun, pipeline, f -> sink.accept(fact(f, mapped, codePoints)));
    finder.find(context, structure, batches);
    batches.flush();
  }

  private static Fact fact(Figure f, MappedText mapped, CodePointIndex codePoints) {
    Quantity inSource =
        f.quantity()
            .withOffsets(
                i -> codePoints.toCodePoint(mapped.toSource(i)),
                i -> codePoints.toCodePoint(mapped.toSourceEnd(i)));
    FigurePlace place = f.place();
    Span sentence =
        new Span(
            codePoints.toCodePoint(mapped.toSource(place.sentenceStart())),
            codePoints.toCodePoint(mapped.toSourceEnd(place.sentenceEnd())));
    return new Fact(
        inSource,
        sentence,
        f.measurement(),
        f.indicator().orElse(null),
        f.modality(),
        f.period().map(Period::toString).orElse(null),
        f.region().orElse(null));
  }
}
