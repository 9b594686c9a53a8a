package org.duban.app.target;

import java.math.BigDecimal;

/**
 * One side of a link as the API and pages show it: the figure, where it stands (document, span,
 * sentence) and how it reads.
 *
 * @param written the figure with its qualifier as a reader says it (6%左右, 5.5%以内)
 * @param value the value in its base unit; for a range the lower end
 * @param high a range's upper end, otherwise null
 */
public record LinkedFigure(
    long factId,
    long documentId,
    String doc,
    String documentTitle,
    Integer documentYear,
    int start,
    int end,
    String text,
    String written,
    BigDecimal value,
    BigDecimal high,
    String unit,
    String qualifier,
    String direction,
    int sentenceStart,
    int sentenceEnd) {}
