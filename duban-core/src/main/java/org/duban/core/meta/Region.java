package org.duban.core.meta;

/**
 * A jurisdiction: its full official name, tier, the name of the one above it (null at the top or
 * when unknown) and its GB/T 2260 code (null for the country, zones and places the gazetteer does
 * not tell apart).
 */
public record Region(String name, JurisdictionLevel level, String parent, String code) {}
