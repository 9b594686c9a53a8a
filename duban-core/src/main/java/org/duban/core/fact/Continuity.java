package org.duban.core.fact;

/**
 * How a figure's sentence continues the figure before it, which decides what a label or a place may
 * be carried over: within a sentence everything, across a ； the last label and place, across a full
 * stop only what the paragraph has been measuring, across a paragraph nothing.
 */
enum Continuity {
  /** The same sentence as the figure before. */
  SENTENCE,
  /** A later sentence of the same statement: only sentences cut by ； stand between. */
  STATEMENT,
  /** A later statement of the same paragraph. */
  PARAGRAPH,
  /** The first figure of its paragraph. */
  NONE;

  /** The looser of the two: a break that has happened is not undone by a weaker one. */
  Continuity orLooser(Continuity other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
