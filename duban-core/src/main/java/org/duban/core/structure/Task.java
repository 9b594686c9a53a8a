package org.duban.core.structure;

import java.util.List;

/**
 * A task of a plan: a numbered item or a paragraph opened by a lead sentence, with the units the
 * text makes responsible for it.
 *
 * @param node the task's place in the outline
 * @param leadUnits units named as lead (牵头), in the order written
 * @param supportingUnits units named as supporting (配合), in the order written
 */
public record Task(OutlineNode node, List<String> leadUnits, List<String> supportingUnits) {

  public Task {
    leadUnits = List.copyOf(leadUnits);
    supportingUnits = List.copyOf(supportingUnits);
  }
}
