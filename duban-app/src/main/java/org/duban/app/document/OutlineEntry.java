package org.duban.app.document;

/** A heading or task of a stored document's skeleton; offsets are code points in its file. */
public record OutlineEntry(
    int level, String number, String title, int start, int end, String role, String kind) {}
