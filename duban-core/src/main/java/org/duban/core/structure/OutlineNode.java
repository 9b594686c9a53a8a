package org.duban.core.structure;

/**
 * One heading or task of a document's skeleton, with offsets in code points into the source file.
 *
 * @param level depth counted from the root of the plan part (see issue 4): the plan part's own
 *     heading is 0, its sections 1, their tasks 2
 * @param number the heading's own number as written ("二", "3"), or null for a lead sentence
 * @param start where the title starts in the source
 * @param end where the node's body ends in the source
 */
public record OutlineNode(
    int level, String number, String title, int start, int end, Role role, NodeKind kind) {}
