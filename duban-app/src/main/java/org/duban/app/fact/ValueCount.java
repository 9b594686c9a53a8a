package org.duban.app.fact;

/** A distinct value of a field and how many facts carry it. */
public record ValueCount(String value, long count) {}
