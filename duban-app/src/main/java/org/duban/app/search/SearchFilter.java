package org.duban.app.search;

/** Restricts a search to documents of a region, year, type or one document; nulls do not. */
public record SearchFilter(String region, Integer year, String type, Long document) {}
