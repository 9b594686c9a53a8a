package org.duban.core.fact;

import java.util.List;
import java.util.Set;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.meta.DocumentType;
import org.duban.core.quantity.NumberScanner;
import org.duban.core.quantity.Quantity;
import org.duban.core.structure.Role;
import org.duban.core.structure.Section;

/**
 * Decides which year (or span of years) a figure is about: a year written in its sentence, the span
 * of a paragraph that looks back on several years (五年来), the year of the heading it stands under,
 * or the document's year (a work report's review is about the year before the report, its plan
 * about the report's year). Over a span, a level to reach belongs to the span's last year, a
 * from-to pair to the years before and at its end, flows (每年, 累计, 年均) to the whole span.
 */
final class PeriodResolver implements FigureStage.Independent {

  private static final int AFTER_REACH = 12;
  private static final int REACH_VERB = 12;
  private static final int FROM_REACH = 5;
  private static final List<String> REACHING_VERBS =
      List.of(
          "降至", "降到", "下降到", "下降至", "升至", "提高到", "提高至", "提升到", "提升至", "增加到", "增至", "跃居", "跃升至",
          "跃升到");
  private static final String[] FLOW_WORDS = {"每年", "年均", "累计", "平均每年", "新增", "五年"};
  private static final String[][] RELATIVE_SPANS = {
    {"两年平均", "2"},
    {"过去两年", "2"},
    {"近两年", "2"},
    {"三年平均", "3"},
    {"近三年", "3"},
    {"过去三年", "3"},
    {"近五年", "5"},
    {"五年来", "5"},
    {"过去五年", "5"}
  };

  @Override
  public Set<Attribute> requires() {
    return Set.of(Attribute.WRITTEN_YEAR, Attribute.MODALITY, Attribute.MEASURE);
  }

  @Override
  public Attribute provides() {
    return Attribute.PERIOD;
  }

  @Override
  public Figure annotate(Figure figure) {
    return figure.withPeriod(resolve(figure));
  }

  /** The period of {@code figure}, or null when nothing tells it. */
  private Period resolve(Figure figure) {
    CharSequence text = figure.text();
    Quantity q = figure.quantity();
    FigurePlace place = figure.place();
    DocumentMeta meta = figure.meta();
    Modality modality = figure.modality();
    Measure measure = figure.measurement().measure();
    Period own = ownPeriod(meta, place.role(), modality);
    if (meta.type() == DocumentType.NEWS) {
      Integer storyYear = figure.article().years().before(place.sentenceStart());
      if (storyYear != null) {
        own = Period.year(storyYear);
      }
    }
    YearMention written = writtenNear(text, q, place, figure.writtenYear().orElse(null));
    Period period;
    if (written != null) {
      period = new Period(written.first(), written.last());
    } else {
      Period paragraph = figure.article().spans().spanAt(q.start(), own);
      // a target announced inside a review (主要预期目标是…) is not about the reviewed year
      boolean headingApplies = !(modality == Modality.TARGET && place.role() == Role.REVIEW);
      Period heading = headingApplies ? fromHeadings(place.sections()) : null;
      period = paragraph != null ? paragraph : heading != null ? heading : own;
    }
    if (period == null) {
      return null;
    }
    Integer relative = relativeSpan(text, q, place);
    if (relative != null) {
      period = period.spanning(relative);
    } else if (!period.isSpan() && isYearlyAverage(text, q, place)) {
      period = planSpanAround(period, modality);
    }
    if (isFromValue(text, q)) {
      return Period.year(period.first() - 1);
    }
    if (period.isSpan()
        && (isToValue(text, q, place)
            || reachesLevel(text, q, place, modality)
            || isLevelTarget(text, q, place, modality, measure))) {
      return Period.year(period.last());
    }
    return period;
  }

  private static YearMention writtenNear(
      CharSequence text, Quantity q, FigurePlace place, YearMention before) {
    if (before != null) {
      return before;
    }
    // 近8成省份2021年GDP增速达标: the year may follow the figure in its clause.
    int limit = Math.min(place.clauseEnd(), q.qualifierEnd() + AFTER_REACH);
    YearMention after = YearMention.lastBefore(text, limit, q.qualifierEnd());
    return after != null
            && after.role() == YearMention.Role.TIME
            && !place.quotes().anyQuoted(after.start(), after.end())
        ? after
        : null;
  }

  private static Period fromHeadings(List<Section> headings) {
    for (int i = headings.size() - 1; i >= 0; i--) {
      String title = headings.get(i).title();
      YearMention m = YearMention.lastBefore(title, title.length(), 0);
      if (m != null && m.role() != YearMention.Role.BASE) {
        return new Period(m.first(), m.last());
      }
    }
    return null;
  }

  /** The year a figure is about when nothing near it says: from the document and the part. */
  private static Period ownPeriod(DocumentMeta meta, Role role, Modality modality) {
    Integer year = meta.year();
    if (year == null) {
      return meta.date() == null ? null : Period.year(meta.date().getYear());
    }
    if (meta.type() == DocumentType.FIVE_YEAR_PLAN) {
      // A five-year plan's year is its first year: the plan covers it and the next four.
      return modality == Modality.ACTUAL
          ? new Period(year - 5, year - 1)
          : new Period(year, year + 4);
    }
    boolean lookingBack =
        modality == Modality.ACTUAL
            && (role == Role.REVIEW
                || (role != Role.PLAN && meta.type() == DocumentType.WORK_REPORT));
    return Period.year(lookingBack ? year - 1 : year);
  }

  /** 两年平均增长5.9%, 近三年每年: a span of years ending with the figure's year. */
  private static Integer relativeSpan(CharSequence text, Quantity q, FigurePlace place) {
    String clause = text.subSequence(place.clauseStart(), q.qualifierStart()).toString();
    for (String[] r : RELATIVE_SPANS) {
      if (clause.contains(r[0])) {
        return Integer.valueOf(r[1]);
      }
    }
    return null;
  }

  /** 年均增长, 每年新增: a figure that holds for each year of a span. */
  private static boolean isYearlyAverage(CharSequence text, Quantity q, FigurePlace place) {
    String clause = text.subSequence(place.clauseStart(), q.qualifierStart()).toString();
    return clause.contains("年均") || clause.contains("每年") || clause.contains("年平均");
  }

  /**
   * In the first year of a five-year plan (2021, 2026…) a report's yearly averages are the plan's:
   * targets over the new plan, results over the plan just ended. Other years keep their year.
   */
  private static Period planSpanAround(Period year, Modality modality) {
    int y = year.first();
    if (modality == Modality.TARGET && y % 5 == 1) {
      return new Period(y, y + 4);
    }
    if (modality == Modality.ACTUAL && y % 5 == 0) {
      return new Period(y - 4, y);
    }
    return year;
  }

  /** A target level over a span belongs to its last year; flows (每年, 累计, 增长) to all of it. */
  private static boolean isLevelTarget(
      CharSequence text, Quantity q, FigurePlace place, Modality modality, Measure measure) {
    if (modality != Modality.TARGET || measure == Measure.CHANGE) {
      return false;
    }
    String clause = text.subSequence(place.clauseStart(), q.qualifierStart()).toString();
    for (String w : FLOW_WORDS) {
      if (clause.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** 五年来…PM2.5年平均浓度降至25微克, 跃居全国第3位: a level reached is the span's last year's. */
  private static boolean reachesLevel(
      CharSequence text, Quantity q, FigurePlace place, Modality modality) {
    if (modality != Modality.ACTUAL) {
      return false;
    }
    int from = Math.max(place.clauseStart(), q.qualifierStart() - REACH_VERB);
    String before = text.subSequence(from, q.qualifierStart()).toString();
    for (String verb : REACHING_VERBS) {
      if (before.endsWith(verb)
          || (q.kind() == org.duban.core.quantity.UnitKind.RANK && before.contains(verb))) {
        return true;
      }
    }
    return false;
  }

  /** 由56件增加到64件: the first figure is the level of the year before. */
  private static boolean isFromValue(CharSequence text, Quantity q) {
    int before = q.qualifierStart() - 1;
    int stop = Math.max(0, q.qualifierStart() - FROM_REACH);
    while (before >= stop && text.charAt(before) != '由' && text.charAt(before) != '从') {
      if (Clause.isBoundary(text.charAt(before))
          || NumberScanner.isArabicDigit(text.charAt(before))) {
        return false; // 从全球第11位: 从 may stand a few words before, but not past a figure
      }
      before--;
    }
    if (before < stop) {
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

  /** 由56件增加到64件: the second figure is the level reached at the end. */
  private static boolean isToValue(CharSequence text, Quantity q, FigurePlace place) {
    int i = q.qualifierStart() - 1;
    while (i >= place.clauseStart() && text.charAt(i) == ' ') {
      i--;
    }
    if (i < place.clauseStart() || (text.charAt(i) != '到' && text.charAt(i) != '至')) {
      return false;
    }
    for (int j = i - 1; j >= place.clauseStart(); j--) {
      char c = text.charAt(j);
      if (c == '由' || c == '从') {
        return true;
      }
    }
    return false;
  }
}
