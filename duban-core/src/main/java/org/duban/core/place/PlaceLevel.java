package org.duban.core.place;

/** The tier of a place: the country, the three tiers of GB/T 2260, or a zone across divisions. */
public enum PlaceLevel {
  NATION,
  PROVINCE,
  PREFECTURE,
  COUNTY,
  ZONE;

  /** Whether this tier stands above {@code other} (a province above a prefecture). */
  public boolean isAbove(PlaceLevel other) {
    return this != ZONE && other != ZONE && ordinal() < other.ordinal();
  }
}
