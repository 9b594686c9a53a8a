package org.duban.core.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Cuts an article's figures, as they are found, into runs of whole paragraphs for the attribute
 * stages, so that a long article's figures are never all held at once. What a stage carries from
 * one figure to the next ends with its paragraph, so a run cut between paragraphs gives the stages
 * exactly what the whole article would. A paragraph longer than a run may be (a text without line
 * breaks) is cut between sentences; the run after such a cut starts again with the figures of the
 * last sentences before it, which the stages read as context and whose results are dropped, so that
 * the labels and years carried along the paragraph reach over the cut.
 */
final class FigureBatches implements Consumer<Figure> {

  /** Figures in a run, cut at the next paragraph's start: a few long reports' worth. */
  static final int RUN = 2_000;

  /** Figures in a run that has reached no paragraph's end, cut at the next sentence's start. */
  static final int LONGEST_RUN = 20_000;

  /** Figures read again as context after a cut inside a paragraph. */
  static final int CONTEXT = 200;

  private final int run;
  private final int longestRun;
  private final FigurePipeline stages;
  private final Consumer<Figure> out;
  private final List<Figure> figures = new ArrayList<>();
  private int context;

  /**
   * @param stages the stages every run goes through
   * @param out where each figure goes once the stages have annotated it, in reading order
   */
  FigureBatches(int run, int longestRun, FigurePipeline stages, Consumer<Figure> out) {
    this.run = run;
    this.longestRun = longestRun;
    this.stages = stages;
    this.out = out;
  }

  @Override
  public void accept(Figure figure) {
    int fresh = figures.size() - context;
    Continuity continuity = figure.place().continuity();
    if (fresh >= run && continuity == Continuity.NONE) {
      flush();
    } else if (fresh >= longestRun && continuity != Continuity.SENTENCE) {
      int from = Math.max(0, figures.size() - CONTEXT);
      List<Figure> last = List.copyOf(figures.subList(from, figures.size()));
      flush();
      figures.addAll(last);
      context = last.size();
    }
    figures.add(figure);
  }

  /** Hands on the figures of the run not yet handed on; called once the article is read. */
  void flush() {
    if (figures.size() > context) {
      List<Figure> annotated = stages.run(figures);
      annotated.subList(context, annotated.size()).forEach(out);
    }
    figures.clear();
    context = 0;
  }
}
