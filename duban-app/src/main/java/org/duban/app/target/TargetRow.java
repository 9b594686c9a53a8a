package org.duban.app.target;

/**
 * A target and its result as the ledger holds them.
 *
 * @param indicator the indicator as the target's label names it
 * @param indicatorId its catalogue id, or null
 * @param indicatorName the catalogue's name for it, or null
 * @param measure what is compared: VALUE (a level), CHANGE or RANK
 * @param sense floor or ceiling
 * @param verdict met, missed, no_result or pending
 * @param verdictLabel the verdict in Chinese (达成, 未达成, 无数据, 待报告)
 * @param result the result, or null
 */
public record TargetRow(
    long id,
    String region,
    String period,
    String indicator,
    String indicatorId,
    String indicatorName,
    String measure,
    String sense,
    String verdict,
    String verdictLabel,
    LinkedFigure target,
    LinkedFigure result,
    String note) {}
