package org.duban.core.target;

import org.duban.core.fact.Fact;
import org.duban.core.fact.Measure;

/**
 * A target, the result that reports on it (or none yet) and the verdict, in the form of {@code
 * shared/spec/links.md}.
 *
 * @param targetDocument the key of the document that sets the target
 * @param indicator the indicator the target is about (a part of its label when the label joins
 *     several)
 * @param measure what target and result compare: {@code VALUE} for levels, {@code CHANGE} for
 *     changes, {@code RANK} for ranks (read with the indicator's kind, so it may differ from the
 *     target fact's own measure)
 * @param resultDocument the key of the document reporting the result, or null
 * @param result the result, or null for {@link Verdict#NO_RESULT} and {@link Verdict#PENDING}
 * @param note why, in a sentence
 */
public record Link(
    String targetDocument,
    Fact target,
    IndicatorLabel indicator,
    Measure measure,
    Sense sense,
    String resultDocument,
    Fact result,
    Verdict verdict,
    String note) {}
