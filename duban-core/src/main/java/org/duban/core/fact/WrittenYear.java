package org.duban.core.fact;

import java.util.Set;
import org.duban.core.quantity.Quantity;

/**
 * Finds the year written before a figure in its sentence (2023年, 到2025年, “十四五”时期), skipping
 * comparison bases (比2017年) and years inside quotes. Modality reads it as a deadline, period as the
 * figure's year.
 */
final class WrittenYear implements FigureStage.Independent {

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
  public Figure annotate(Figure figure) {
    FigurePlace place = figure.place();
    return figure.withWrittenYear(
        before(figure.text(), figure.quantity(), place.sentenceStart(), place.quotes()));
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
