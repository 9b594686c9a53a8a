package org.duban.core.fact;

import java.util.List;
import java.util.Set;

/**
 * A stage of the fact pipeline: gives every figure of an article one attribute, reading only the
 * attributes it requires. {@link FigurePipeline} checks the order of its stages when it is built.
 */
interface FigureStage {

  /** The attributes this stage reads, which stages before it must provide. */
  Set<Attribute> requires();

  /** The one attribute this stage gives every figure. */
  Attribute provides();

  /**
   * The figures of a run of whole paragraphs of one article, in reading order, each with this
   * stage's attribute set. A stage that carries something from one figure to the next keeps it in
   * this call only and drops it where a paragraph starts ({@link Continuity#NONE}): that is what
   * lets {@link FigureBatches} hand a long article over in runs.
   */
  List<Figure> annotate(List<Figure> figures);

  /** A stage that decides each figure from the figure alone. */
  interface Independent extends FigureStage {

    Figure annotate(Figure figure);

    @Override
    default List<Figure> annotate(List<Figure> figures) {
      return figures.stream().map(this::annotate).toList();
    }
  }
}
