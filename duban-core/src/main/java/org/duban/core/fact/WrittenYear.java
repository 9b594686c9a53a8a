package org.duban.core.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.duban.core.quantity.Quantity;
import org.duban.core.text.Texts;

/**
 * Finds the year written before a figure in its sentence (2023年, 到2025年, “十四五”时期), skipping
 * comparison bases (比2017年) and years inside quotes. Modality reads it as a deadline, period as the
 * figure's year. The last such year of a paragraph stays with the figures after it (see {@link
 * WrittenYears}).
 */
final class WrittenYear implements FigureStage {

  private static final int REACH = 60;
  private static final int OPENING = 12;

  @Override
  public Set<Attribute> requires() {
    return Set.of();
  }

  @Override
  public Attribute provides() {
    return Attribute.WRITTEN_YEAR;
  }

  @Override
  public List<Figure> annotate(List<Figure> figures) {
    List<Figure> out = new ArrayList<>(figures.size());
    YearMention paragraph = null;
    for (Figure f : figures) {
      if (f.place().continuity() == Continuity.NONE) {
        paragraph = null;
      }
      FigurePlace place = f.place();
      YearMention own = before(f.text(), f.quantity(), place.sentenceStart(), place.quotes());
      if (own == null) {
        own = opening(f.text(), place.sentenceStart(), f.quantity().start());
      }
      if (own == null) {
        own = deadline(f.text(), f.quantity(), place.sentenceStart(), place.quotes());
      }
      out.add(f.withWrittenYears(new WrittenYears(own, paragraph)));
      if (own != null && own.role() == YearMention.Role.TIME) {
        paragraph = own;
      }
    }
    return out;
  }

  private static YearMention before(
      CharSequence text, Quantity q, int sentenceStart, Quotes quotes) {
    int limit = Math.max(sentenceStart, q.start() - REACH);
    return YearMention.lastBefore(
        text,
        q.qualifierStart(),
        limit,
        m -> {
          boolean planPeriod = m.first() != m.last() && text.charAt(m.end() - 1) == '五';
          return m.role() != YearMention.Role.BASE
              && m.role() != YearMention.Role.GOAL
              && (planPeriod || !quotes.anyQuoted(m.start(), m.end()));
        });
  }

  /**
   * 到2030年，力争…（a long clause）…，研发投入强度达到3%: a deadline holds for the goals of its sentence however
   * far they are.
   */
  private static YearMention deadline(
      CharSequence text, Quantity q, int sentenceStart, Quotes quotes) {
    return YearMention.lastBefore(
        text,
        q.qualifierStart(),
        sentenceStart,
        m ->
            m.role() == YearMention.Role.DEADLINE
                && !quotes.anyQuoted(m.start(), m.end())
                && setsGoals(text, m));
  }

  /**
   * 到2030年，… opening a clause, or 到2035年的奋斗目标: a deadline for what follows. 由…增加到2020年的500亿元 names
   * the year a change ends, not a deadline.
   */
  private static boolean setsGoals(CharSequence text, YearMention m) {
    int to = m.start() - 1; // the 到 or 至 before the year
    int i = to;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    if (i == 0 || Clause.isBoundary(text.charAt(i - 1)) || text.charAt(i - 1) == '\n') {
      return true;
    }
    int after = m.end();
    if (after < text.length() && text.charAt(after) == '的') {
      after++;
    }
    return Texts.startsWith(text, after, "目标")
        || Texts.startsWith(text, after, "奋斗目标")
        || Texts.startsWith(text, after, "远景目标");
  }

  /**
   * The year that opens the figure's sentence as its time (2012年，…; 2012年，在…情况下，我们…，国内生产总值增长7.8%):
   * it holds for the whole sentence however far the figure is, and over the span a paragraph
   * reviews.
   */
  private static YearMention opening(CharSequence text, int sentenceStart, int figureStart) {
    int i = sentenceStart;
    while (i < figureStart && Character.isWhitespace(text.charAt(i))
        || i < figureStart && text.charAt(i) == '\u3000') {
      i++;
    }
    int limit = Math.min(figureStart, i + OPENING);
    for (int j = i; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '，' || c == ',') {
        YearMention m = YearMention.lastBefore(text, j, i);
        return m != null && m.start() == i && m.end() == j && m.role() == YearMention.Role.TIME
            ? m
            : null;
      }
    }
    return null;
  }
}
