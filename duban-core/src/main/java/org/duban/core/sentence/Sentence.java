package org.duban.core.sentence;

/** A sentence of an article's text: {@code [start, end)} in that text's indices. */
public record Sentence(int start, int end, String text) {}
