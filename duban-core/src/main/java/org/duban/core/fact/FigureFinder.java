package org.duban.core.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.duban.core.quantity.Quantity;
import org.duban.core.quantity.QuantityRecognizer;
import org.duban.core.sentence.Sentence;
import org.duban.core.sentence.SentenceSplitter;
import org.duban.core.structure.Structure;
import org.duban.core.text.Span;

/**
 * Finds the figures of an article: recognises its quantity expressions, reads ranks, leaves out
 * what is not a fact, and places each figure in its sentence, clause and sections.
 */
final class FigureFinder {

  private final QuantityRecognizer recognizer = new QuantityRecognizer();
  private final SentenceSplitter sentences = new SentenceSplitter();
  private final RankReader ranks = new RankReader();
  private final NonFactFilter filter = new NonFactFilter(ranks);

  /**
   * Hands the article's figures to {@code out} in reading order, as they are found: quantities and
   * sentences are read one at a time, so a long article is never held as lists of them.
   */
  void find(ArticleContext article, Structure structure, Consumer<Figure> out) {
    String text = article.text();
    Quantity quantity = recognizer.next(text, 0);
    List<Quantity> inSentence = new ArrayList<>();
    List<Figure> figures = new ArrayList<>();
    Continuity link = Continuity.NONE;
    for (Sentence sentence : sentences.each(text)) {
      while (quantity != null && quantity.start() < sentence.start()) {
        quantity = recognizer.next(text, quantity.end());
      }
      while (quantity != null && quantity.end() <= sentence.end()) {
        inSentence.add(quantity);
        quantity = recognizer.next(text, quantity.end());
      }
      if (!inSentence.isEmpty()) {
        inSentence(article, structure, sentence, inSentence, link, figures);
        if (!figures.isEmpty()) {
          link = Continuity.STATEMENT;
        }
        figures.forEach(out);
        figures.clear();
        inSentence.clear();
      }
      if (endsParagraph(text, sentence)) {
        link = Continuity.NONE;
      } else if (endsStatement(text, sentence)) {
        link = link.orLooser(Continuity.PARAGRAPH);
      }
    }
  }

  private void inSentence(
      ArticleContext article,
      Structure structure,
      Sentence sentence,
      List<Quantity> quantities,
      Continuity link,
      List<Figure> out) {
    String text = article.text();
    Quotes quotes = Quotes.of(text, sentence.start(), sentence.end());
    Span sentenceSpan = new Span(sentence.start(), sentence.end());
    Quantity previous = null;
    int lastClauseStart = -1;
    int indexInClause = 0;
    for (Quantity found : quantities) {
      int clauseStart = Clause.start(text, found.start(), sentence.start());
      Quantity q = ranks.reinterpret(text, found, clauseStart);
      if (!filter.isFact(text, q, quotes, sentence.start(), previous)) {
        continue;
      }
      clauseStart = Clause.start(text, q.start(), sentence.start());
      int clauseEnd = Clause.end(text, q.end(), sentence.end());
      indexInClause = clauseStart == lastClauseStart ? indexInClause + 1 : 0;
      lastClauseStart = clauseStart;
      FigurePlace place =
          new FigurePlace(
              sentenceSpan,
              new Span(clauseStart, clauseEnd),
              indexInClause,
              structure.enclosing(q.start()),
              quotes,
              previous == null ? link : Continuity.SENTENCE);
      out.add(Figure.of(article, q, place));
      previous = q;
    }
  }

  private static boolean endsParagraph(String text, Sentence sentence) {
    int i = sentence.end();
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i >= text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r';
  }

  private static boolean endsStatement(String text, Sentence sentence) {
    char last = text.charAt(sentence.end() - 1);
    return last != '；' && last != ';';
  }
}
