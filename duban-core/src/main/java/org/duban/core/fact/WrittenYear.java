package org.duban.core.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.duban.core.quantity.Quantity;

/**
 * Finds the year written before a figure in its sentence (2023年, 到2025年, “十四五”时期), skipping
 * comparison bases (比2017年) and years inside quotes. Modality reads it as a deadline, period as the
 * figure's year. The last such year of a paragraph stays with the figures after it (see {@link
 * WrittenYears}).
 */
final class WrittenYear implements FigureStage {

  private static final int REACH = 60;

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
    int end = q.qualifierStart();
    while (end > limit) {
      YearMention m = YearMention.lastBefore(text, end, limit);
      if (m == null) {
        return null;
      }
      boolean planPeriod = m.first() != m.last() && text.charAt(m.end() - 1) == '五';
      if (m.role() != YearMention.Role.BASE
          && (planPeriod || !quotes.anyQuoted(m.start(), m.end()))) {
        return m;
      }
      end = m.start();
    }
    return null;
  }
}
