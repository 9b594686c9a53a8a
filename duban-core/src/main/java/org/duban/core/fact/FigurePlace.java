package org.duban.core.fact;

import java.util.List;
import org.duban.core.structure.Role;
import org.duban.core.structure.Section;
import org.duban.core.text.Span;

/**
 * Where a figure stands in its article, in the article text's indices.
 *
 * @param sentence the sentence around it
 * @param clause the clause around it, between clause punctuation (see {@link Clause})
 * @param indexInClause its position among the figures of its clause, from 0 (分别 lists)
 * @param sections the sections enclosing it, outermost first
 * @param quotes the quoted stretches of its sentence
 * @param continuity how its sentence continues the figure before it
 */
record FigurePlace(
    Span sentence,
    Span clause,
    int indexInClause,
    List<Section> sections,
    Quotes quotes,
    Continuity continuity) {

  FigurePlace {
    sections = List.copyOf(sections);
  }

  /** The role of the innermost section around the figure; {@link Role#OTHER} outside all. */
  Role role() {
    return sections.isEmpty() ? Role.OTHER : sections.get(sections.size() - 1).role();
  }

  int sentenceStart() {
    return sentence.start();
  }

  int sentenceEnd() {
    return sentence.end();
  }

  int clauseStart() {
    return clause.start();
  }

  int clauseEnd() {
    return clause.end();
  }
}
