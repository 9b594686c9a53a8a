package org.duban.core.target;

/**
 * One indicator a fact's label speaks of: the label (or its part, when the label joins several
 * indicators), the catalogue entry it names if any, and the key that facts about the same thing
 * share.
 *
 * @param indicator the catalogue entry, or null for a label the catalogue does not know
 * @param key the catalogue id, or for other labels their normalised form prefixed by {@code ~};
 *     null when the label is too short to link by
 */
public record IndicatorLabel(String label, Indicator indicator, String key) {

  /** The catalogue id, or null. */
  public String indicatorId() {
    return indicator == null ? null : indicator.id();
  }
}
