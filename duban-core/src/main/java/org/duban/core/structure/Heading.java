package org.duban.core.structure;

/**
 * A paragraph that opens a node of the outline, before the outline is assembled.
 *
 * @param style what marks it: a list-number style, a markdown depth, bold, or a lead sentence;
 *     headings of one style are siblings
 * @param leaf whether it can only be a task (a lead sentence, an "一是" item)
 * @param number its number as written, or null
 * @param start where the paragraph starts
 * @param titleStart where its title starts
 * @param titleEnd where its title ends
 * @param paragraphEnd where the paragraph ends
 */
record Heading(
    String style,
    boolean leaf,
    String number,
    String title,
    int start,
    int titleStart,
    int titleEnd,
    int paragraphEnd) {

  static final String LEAD = "lead";
  static final String UNNUMBERED = "unnumbered";
  static final String BACK = "back";
}
