package org.duban.core.structure;

/**
 * A heading or task of an article, in the indices of the article's text.
 *
 * @param level as in {@link OutlineNode#level()}
 * @param titleStart where the title text starts (after the number)
 * @param start where the node starts (its number, or its title when unnumbered)
 * @param end where the node's body ends
 * @param role the node's own role, already inherited from its parent where it has none of its own
 * @param year the year the heading names ("二、2024年主要任务" names 2024), else the nearest enclosing
 *     heading's; null when none does
 */
public record Section(
    int level,
    String number,
    String title,
    int titleStart,
    int start,
    int end,
    Role role,
    NodeKind kind,
    Integer year) {

  /** A section whose heading names no year. */
  public Section(
      int level,
      String number,
      String title,
      int titleStart,
      int start,
      int end,
      Role role,
      NodeKind kind) {
    this(level, number, title, titleStart, start, end, role, kind, null);
  }

  public boolean encloses(int index) {
    return index >= start && index < end;
  }
}
