package org.duban.core.structure;

import java.util.ArrayList;
import java.util.List;

/** The skeleton of one article: its parts, sections and tasks in document order. */
public final class Structure {

  private final List<Section> sections;

  public Structure(List<Section> sections) {
    this.sections = List.copyOf(sections);
  }

  public List<Section> sections() {
    return sections;
  }

  /** The sections that contain {@code index}, outermost first. */
  public List<Section> enclosing(int index) {
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

  /** The role of the innermost section around {@code index}; {@link Role#OTHER} outside all. */
  public Role roleAt(int index) {
    List<Section> path = enclosing(index);
    return path.isEmpty() ? Role.OTHER : path.get(path.size() - 1).role();
  }
}
