package org.duban.app.fact;

import org.duban.core.fact.Measure;
import org.duban.core.fact.Modality;

/**
 * Which facts a query returns; null fields do not filter.
 *
 * @param indicator a part of the indicator's label
 */
public record FactFilter(
    String region,
    String indicator,
    String period,
    Modality modality,
    Measure measure,
    Long document) {

  public static final FactFilter ALL = new FactFilter(null, null, null, null, null, null);
}
