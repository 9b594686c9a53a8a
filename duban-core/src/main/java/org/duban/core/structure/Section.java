package org.duban.core.structure;

/**
 * A heading or task of an article, in the indices of the article's text.
 *
 * @param level as in {@link OutlineNode#level()}
 * @param titleStart where the title text starts (after the number)
 * @param start where the node starts (its number, or its title when unnumbered)
 * @param end where the node's body ends
 * @param role the node's own role, already inherited from its parent where it has none of its own
 */
public record Section(
    int level,
    String number,
    String title,
    int titleStart,
    int start,
    int end,
    Role role,
    NodeKind kind) {

  public boolean encloses(int index) {
    return index >= start && index < end;
  }
}
