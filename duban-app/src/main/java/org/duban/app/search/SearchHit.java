package org.duban.app.search;

/**
 * A sentence that matches a search.
 *
 * @param snippet the sentence as HTML, the matching words in {@code <mark>}
 * @param start where the sentence starts in the document's file, in code points
 * @param end where it ends
 */
public record SearchHit(long documentId, String title, String snippet, int start, int end) {}
