package org.duban.core.target;

import java.util.List;

/**
 * An entry of the indicator catalogue: one thing reports measure, under all the names they give it.
 *
 * @param id a stable identifier, such as {@code gdp} or {@code unemployment-surveyed}
 * @param name its Chinese name
 * @param sense whether more (floor) or less (ceiling) is better for its level
 * @param aliases the names and wordings that mean it, its name among them
 */
public record Indicator(
    String id, String name, IndicatorKind kind, Sense sense, List<String> aliases) {

  public Indicator {
    aliases = List.copyOf(aliases);
  }
}
