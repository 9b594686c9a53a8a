package org.duban.core.fact;

import java.util.List;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.meta.DocumentType;
import org.duban.core.quantity.Quantity;
import org.duban.core.structure.Role;
import org.duban.core.structure.Section;

/**
 * Decides which year (or span of years) a figure is about: a year written before it in its
 * sentence, the year of the heading it stands under, or the document's year (a work report's review
 * is about the year before the report, its plan about the report's year).
 */
final class PeriodResolver {

  private static final int REACH = 60;

  /** The period of {@code q}; {@code deadline} receives nothing, see {@link #deadline}. */
  String resolve(
      CharSequence text,
      Quantity q,
      int sentenceStart,
      Quotes quotes,
      List<Section> headings,
      Role role,
      Modality modality,
      DocumentMeta meta) {
    YearMention written = writtenBefore(text, q, sentenceStart, quotes);
    String period = written != null ? written.period() : fromHeadings(headings);
    if (period == null) {
      period = fromDocument(meta, role, modality);
    }
    if (period != null && isFromValue(text, q)) {
      period = yearBefore(period);
    }
    return period;
  }

  /** The deadline year written before {@code q} (到2025年), or null. */
  Integer deadline(CharSequence text, Quantity q, int sentenceStart, Quotes quotes) {
    YearMention m = writtenBefore(text, q, sentenceStart, quotes);
    return m != null && m.role() == YearMention.Role.DEADLINE ? m.last() : null;
  }

  private static YearMention writtenBefore(
      CharSequence text, Quantity q, int sentenceStart, Quotes quotes) {
    int limit = Math.max(sentenceStart, q.start() - REACH);
    int end = q.qualifierStart();
    while (end > limit) {
      YearMention m = YearMention.lastBefore(text, end, limit);
      if (m == null) {
        return null;
      }
      if (m.role() != YearMention.Role.BASE && !quotes.anyQuoted(m.start(), m.end())) {
        return m;
      }
      end = m.start();
    }
    return null;
  }

  private static String fromHeadings(List<Section> headings) {
    for (int i = headings.size() - 1; i >= 0; i--) {
      String title = headings.get(i).title();
      YearMention m = YearMention.lastBefore(title, title.length(), 0);
      if (m != null && m.role() != YearMention.Role.BASE) {
        return m.period();
      }
    }
    return null;
  }

  private static String fromDocument(DocumentMeta meta, Role role, Modality modality) {
    Integer year = meta.year();
    if (year == null) {
      return meta.date() == null ? null : String.valueOf(meta.date().getYear());
    }
    boolean lookingBack =
        role == Role.REVIEW
            || (role != Role.PLAN
                && modality == Modality.ACTUAL
                && meta.type() == DocumentType.WORK_REPORT);
    return String.valueOf(lookingBack ? year - 1 : year);
  }

  /** 由56件增加到64件: the first figure is the level of the year before. */
  private static boolean isFromValue(CharSequence text, Quantity q) {
    int before = q.qualifierStart() - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    if (before < 0 || (text.charAt(before) != '由' && text.charAt(before) != '从')) {
      return false;
    }
    int limit = Math.min(text.length(), q.qualifierEnd() + 6);
    for (int i = q.qualifierEnd(); i < limit; i++) {
      char c = text.charAt(i);
      if (c == '到' || c == '至') {
        return true;
      }
      if (Clause.isBoundary(c)) {
        return false;
      }
    }
    return false;
  }

  private static String yearBefore(String period) {
    if (period.contains("-")) {
      return period;
    }
    return String.valueOf(Integer.parseInt(period) - 1);
  }
}
