package org.duban.app.document;

import java.util.List;
import org.duban.app.fact.StoredFact;

/**
 * A stored document with everything read out of it.
 *
 * @param start where the document starts in its file, in code points: fact spans minus this are
 *     offsets into {@code /api/documents/{id}/text}
 */
public record DocumentDetail(
    DocumentSummary document,
    int start,
    int end,
    List<OutlineEntry> outline,
    List<TaskEntry> tasks,
    List<StoredFact> facts) {}
