package org.duban.core.meta;

/** The tier of government a jurisdiction belongs to. */
public enum JurisdictionLevel {
  NATIONAL,
  PROVINCE,
  CITY,
  DISTRICT,
  TOWN,
  ZONE,
  UNKNOWN
}
