package org.duban.core.structure;

/** What a part of a document does: look back at results, lay out a plan, or neither. */
public enum Role {
  REVIEW,
  PLAN,
  OTHER;

  /** The lower-case name used in JSON output. */
  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
