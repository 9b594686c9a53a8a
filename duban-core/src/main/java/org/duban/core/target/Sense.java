package org.duban.core.target;

import java.util.Locale;

/** Which way a target binds: a floor the result must reach, or a ceiling it must stay under. */
public enum Sense {
  FLOOR,
  CEILING;

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
