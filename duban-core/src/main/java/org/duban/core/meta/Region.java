package org.duban.core.meta;

/** A jurisdiction of the region lexicon: its name, tier and the one above it (null at the top). */
public record Region(String name, JurisdictionLevel level, String parent) {}
