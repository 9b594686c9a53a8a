package org.duban.app.document;

/**
 * A stored document and where it lies in its file, without the file's text.
 *
 * @param start its first code point in the file
 * @param end the code point after its last
 */
public record PlacedDocument(DocumentSummary summary, long sourceId, int start, int end) {}
