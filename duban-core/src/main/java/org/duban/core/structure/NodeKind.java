package org.duban.core.structure;

/** The rank of a node in a document's skeleton. */
public enum NodeKind {
  PART,
  SECTION,
  TASK;

  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
