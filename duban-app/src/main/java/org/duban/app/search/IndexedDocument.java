package org.duban.app.search;

import org.duban.app.document.StoredText;

/** What the search index needs of a document: its id, filters and text. */
public record IndexedDocument(
    long id, String title, String region, Integer year, String type, StoredText text) {}
