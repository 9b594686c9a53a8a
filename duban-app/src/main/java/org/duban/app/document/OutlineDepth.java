package org.duban.app.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * How deep each heading of an outline is indented: by how many headings before it contain it, not
 * by its stored level, which counts from the plan part and so can put a part deeper than the tasks
 * under it.
 */
final class OutlineDepth {

  private OutlineDepth() {}

  /** The depth of each entry, by index: 0 for a heading no other contains. */
  static List<Integer> of(List<OutlineEntry> outline) {
    List<Integer> depths = new ArrayList<>(outline.size());
    Deque<Integer> openEnds = new ArrayDeque<>();
    for (OutlineEntry entry : outline) {
      while (!openEnds.isEmpty() && openEnds.peek() <= entry.start()) {
        openEnds.pop();
      }
      depths.add(openEnds.size());
      int end = Math.max(entry.end(), entry.start() + 1);
      // A heading ends where the one containing it ends at the latest.
      openEnds.push(openEnds.isEmpty() ? end : Math.min(end, openEnds.peek()));
    }
    return depths;
  }
}
