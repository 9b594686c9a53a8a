package org.duban.app.target;

import java.util.List;

/**
 * One indicator across places for one period: a value per place, each with its figure and document,
 * largest first.
 */
public record Comparison(
    String indicatorId,
    String indicatorName,
    String measure,
    String period,
    String modality,
    List<Value> values) {

  /** The figure of one place. */
  public record Value(String region, LinkedFigure figure) {}
}
