package org.duban.core.structure;

import java.util.ArrayList;
import java.util.List;
import org.duban.core.text.CodePointIndex;
import org.duban.core.text.MappedText;

/**
 * Turns an article's structure into outline nodes and tasks with offsets in code points into the
 * source file, attaching to each task of a plan the units its text makes responsible.
 */
public final class OutlineBuilder {

  /** The outline of one article and the tasks of its plan. */
  public record Outline(List<OutlineNode> nodes, List<Task> tasks) {}

  public Outline build(MappedText text, Structure structure, CodePointIndex codePoints) {
    List<OutlineNode> nodes = new ArrayList<>();
    List<Task> tasks = new ArrayList<>();
    String s = text.text();
    for (Section section : structure.sections()) {
      int end = Math.max(section.start(), Math.min(section.end(), s.length()));
      OutlineNode node =
          new OutlineNode(
              section.level(),
              section.number(),
              section.title(),
              codePoints.toCodePoint(text.toSource(section.start())),
              codePoints.toCodePoint(text.toSourceEnd(end)),
              section.role(),
              section.kind());
      nodes.add(node);
      if (section.kind() == NodeKind.TASK && section.role() == Role.PLAN) {
        ResponsibleUnits.Units units = ResponsibleUnits.find(s.substring(section.start(), end));
        tasks.add(new Task(node, units.lead(), units.supporting()));
      }
    }
    return new Outline(nodes, tasks);
  }
}
