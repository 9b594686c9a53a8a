package org.duban.app.supervision;

import java.util.List;

/**
 * An item's light on a day, with the reasons for it in words.
 *
 * @param reportDue the unit has not reported within the report cycle
 */
public record Assessment(Light light, List<String> reasons, boolean reportDue) {

  public Assessment {
    reasons = List.copyOf(reasons);
  }
}
