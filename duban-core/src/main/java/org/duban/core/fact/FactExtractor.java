package org.duban.core.fact;

import java.util.ArrayList;
import java.util.List;
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

  public List<Fact> extract(
      Article article, DocumentMeta meta, Structure structure, CodePointIndex codePoints) {
    MappedText mapped = article.text();
    ArticleContext context = ArticleContext.of(mapped.text(), meta);
    List<Figure> figures = pipeline.run(finder.find(context, structure));
    List<Fact> facts = new ArrayList<>(figures.size());
    for (Figure f : figures) {
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
      facts.add(
          new Fact(
              inSource,
              sentence,
              f.measurement(),
              f.indicator().orElse(null),
              f.modality(),
              f.period().map(Period::toString).orElse(null),
              f.region().orElse(null)));
    }
    return facts;
  }
}
