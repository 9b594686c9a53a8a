package org.duban.core.fact;

import org.duban.core.quantity.Qualifier;

/**
 * One measured number of a document, in the form of {@code shared/spec/facts.md}. Offsets are code
 * points into the source file's text.
 *
 * @param value the number as written, with magnitude words applied unless they belong to the unit
 * @param normHigh the upper end in the base unit for a range, otherwise null
 * @param direction for a change, its sense; otherwise null
 * @param period "YYYY" or "YYYY-YYYY", or null when the text does not allow it
 * @param sentenceStart start of the sentence around the figure, for showing it in context
 * @param sentenceEnd end of that sentence
 */
public record Fact(
    int start,
    int end,
    String text,
    double value,
    String unit,
    double normValue,
    String normUnit,
    Double normHigh,
    Qualifier qualifier,
    Measure measure,
    Direction direction,
    String indicator,
    Modality modality,
    String period,
    String region,
    int sentenceStart,
    int sentenceEnd) {}
