package org.duban.core.place;

/**
 * A place of the gazetteer: an administrative division with its GB/T 2260 code and the code of the
 * division above it, or a zone or the country, which have no code.
 *
 * @param code the six-digit GB/T 2260 code ("150702"), null for the country and zones
 * @param name the full official name ("海拉尔区", "内蒙古自治区", "临港新片区")
 * @param parentCode the code of the division above, null for a province and the country
 */
public record Place(String code, String name, PlaceLevel level, String parentCode) {

  /** Whether this place is an administrative division with a GB/T 2260 code. */
  public boolean isDivision() {
    return code != null;
  }
}
