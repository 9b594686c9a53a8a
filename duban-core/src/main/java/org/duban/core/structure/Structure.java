package org.duban.core.structure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The skeleton of one article: its parts, sections and tasks in document order. Looking up the
 * sections around a place costs a binary search and a walk up the tree, so a stage may ask for
 * every figure of a long document.
 */
public final class Structure {

  private final List<Section> sections;
  // parent[i] is the index of the innermost section enclosing section i, or -1; null when the
  // sections do not nest (then lookups scan the list)
  private final int[] parent;

  public Structure(List<Section> sections) {
    this.sections = List.copyOf(sections);
    this.parent = nesting(this.sections);
  }

  public List<Section> sections() {
    return sections;
  }

  /** The sections that contain {@code index}, outermost first. */
  public List<Section> enclosing(int index) {
    if (parent == null) {
      return scan(index);
    }
    int i = lastStartingAtOrBefore(index);
    while (i >= 0 && !sections.get(i).encloses(index)) {
      i = parent[i];
    }
    List<Section> path = new ArrayList<>();
    for (; i >= 0; i = parent[i]) {
      path.add(sections.get(i));
    }
    Collections.reverse(path);
    return path;
  }

  /** The role of the innermost section around {@code index}; {@link Role#OTHER} outside all. */
  public Role roleAt(int index) {
    List<Section> path = enclosing(index);
    return path.isEmpty() ? Role.OTHER : path.get(path.size() - 1).role();
  }

  private List<Section> scan(int index) {
    List<Section> path = new ArrayList<>();
    for (Section s : sections) {
      if (s.start() > index) {
        break;
      }
      if (s.encloses(index)) {
        path.add(s);
      }
    }
    return path;
  }

  private int lastStartingAtOrBefore(int index) {
    int lo = 0;
    int hi = sections.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sections.get(mid).start() <= index) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** Each section's enclosing section, or null when the sections are unsorted or overlap. */
  private static int[] nesting(List<Section> sections) {
    int[] parent = new int[sections.size()];
    List<Integer> open = new ArrayList<>();
    int previousStart = Integer.MIN_VALUE;
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      if (s.start() < previousStart) {
        return null;
      }
      previousStart = s.start();
      while (!open.isEmpty() && sections.get(open.get(open.size() - 1)).end() <= s.start()) {
        open.remove(open.size() - 1);
      }
      if (!open.isEmpty() && sections.get(open.get(open.size() - 1)).end() < s.end()) {
        return null;
      }
      parent[i] = open.isEmpty() ? -1 : open.get(open.size() - 1);
      open.add(i);
    }
    return parent;
  }
}
