package org.duban.app.target;

import java.util.List;

/**
 * One indicator of one place over the years: the target set for each year beside the result
 * reported for it.
 *
 * @param measure VALUE (levels) or CHANGE (changes)
 * @param unit the base unit of the figures (%, CNY, 人…)
 */
public record Series(
    String region,
    String indicatorId,
    String indicatorName,
    String measure,
    String unit,
    List<Point> points) {

  /**
   * One year: its target and result, either may be missing.
   *
   * @param verdict the target's verdict, null without a target
   */
  public record Point(
      String period,
      LinkedFigure target,
      LinkedFigure actual,
      String verdict,
      String verdictLabel) {}
}
