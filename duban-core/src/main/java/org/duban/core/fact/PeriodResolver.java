package org.duban.core.fact;

import java.util.List;
import java.util.Set;
import org.duban.core.lexicon.LexiconFile;
import org.duban.core.lexicon.WordTrie;
import org.duban.core.meta.DocumentMeta;
import org.duban.core.meta.DocumentType;
import org.duban.core.quantity.Quantity;
import org.duban.core.quantity.UnitKind;
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
  private static final String LEVEL_WORDS = "org/duban/core/fact/level-words.tsv";
  private static final String[] FLOW_WORDS = {"每年", "年均", "累计", "平均每年", "新增", "五年"};
  private static final int OPENING_CLAUSE = 8;

  /**
   * A span of years named relative to the figure's time: 两年平均 ends with the figure's own year, 过去两年
   * with the year before the one the text is written in.
   */
  private record RelativeSpan(String words, int years, boolean endsBeforeNow) {}

  private static final List<RelativeSpan> RELATIVE_SPANS =
      List.of(
          new RelativeSpan("两年平均", 2, false),
          new RelativeSpan("三年平均", 3, false),
          new RelativeSpan("五年来", 5, false),
          new RelativeSpan("过去两年", 2, true),
          new RelativeSpan("近两年", 2, true),
          new RelativeSpan("过去三年", 3, true),
          new RelativeSpan("近三年", 3, true),
          new RelativeSpan("过去五年", 5, true),
          new RelativeSpan("近五年", 5, true));

  /** 去年, 今年: a year named relative to the one the text is written in. */
  private record RelativeYear(String words, int offset) {}

  private static final List<RelativeYear> RELATIVE_YEARS =
      List.of(
          new RelativeYear("去年", -1),
          new RelativeYear("上年", -1),
          new RelativeYear("上一年", -1),
          new RelativeYear("今年", 0),
          new RelativeYear("本年", 0));

  private static final class Holder {
    static final WordTrie<Boolean> LEVEL_VERBS;
    static final WordTrie<Boolean> LEVEL_NOUNS;

    static {
      WordTrie.Builder<Boolean> verbs = WordTrie.builder();
      WordTrie.Builder<Boolean> nouns = WordTrie.builder();
      for (String[] row : LexiconFile.rows(LEVEL_WORDS)) {
        switch (row[1].strip()) {
          case "verb" -> verbs.put(row[0], true);
          case "noun" -> nouns.put(row[0], true);
          default -> throw new IllegalStateException(LEVEL_WORDS + ": unknown kind " + row[1]);
        }
      }
      LEVEL_VERBS = verbs.build();
      LEVEL_NOUNS = nouns.build();
    }
  }

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
    // the year the text speaks from: a story's own year, a report's year
    Integer now = meta.year();
    if (meta.type() == DocumentType.NEWS) {
      Integer storyYear = figure.article().years().before(place.sentenceStart());
      if (storyYear != null) {
        own = Period.year(storyYear);
        now = storyYear;
      }
    }
    WrittenYears years = figure.writtenYears();
    YearMention before = years.own();
    if (meta.type() == DocumentType.POLICY
        && q.kind() == UnitKind.DURATION
        && modality == Modality.TARGET
        && before == null) {
      return null; // 48小时内放行: a policy's time limit holds whenever it applies, not in one year
    }
    if (before != null && before.role() == YearMention.Role.FROM) {
      // 由2010年的21.6%提高到25.2%: the year is the first figure's; the second is the text's own
      if (FromTo.isFollowedByTo(text, q)) {
        return new Period(before.first(), before.last());
      }
      // 到1985年，…将从1980年的28万人增加到40万人: the to-value takes the time named before the pair
      before = timeBefore(text, before.start(), place.sentenceStart());
    }
    YearMention written = writtenNear(text, q, place, before);
    // 增速由上年的3%回升至5.5%: the year named for the first figure is not the second's
    boolean toValue = FromTo.isToValue(text, q, place.clauseStart());
    Integer relativeYear = now == null || toValue ? null : relativeYear(text, q, place, now);
    if (written == null && relativeYear == null && meta.type() == DocumentType.NEWS) {
      written = years.paragraph(); // unless its own clause names its year (今年的目标设定为5%左右)
    }
    Period period;
    if (written != null) {
      period = new Period(written.first(), written.last());
    } else if (relativeYear != null) {
      period = Period.year(relativeYear);
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
    RelativeSpan relative = relativeSpan(text, q, place, written == null);
    if (relative != null && relative.endsBeforeNow() && now != null) {
      period = new Period(now - relative.years(), now - 1);
    } else if (relative != null) {
      period = period.spanning(relative.years());
    } else if (!period.isSpan() && isYearlyAverage(text, q, place)) {
      boolean deadline = written != null && written.role() == YearMention.Role.DEADLINE;
      period = planSpanAround(period, modality, deadline);
    }
    if (measure == Measure.CHANGE
        && modality == Modality.ACTUAL
        && meta.type() != DocumentType.NEWS
        && !period.isSpan()) {
      YearMention base = baseInClause(text, q, place);
      if (base != null && period.first() - base.last() >= 2) {
        // 比2010年增加13480元 in 2015: the change built up over the years since the base
        return new Period(base.last() + 1, period.first());
      }
    }
    if (FromTo.isFromValue(text, q)
        && written != null
        && written.role() == YearMention.Role.DEADLINE
        && meta.year() != null) {
      // 到2030年，…从15万元提高到20万元: where a goal starts from is the level known when it is set
      return Period.year(meta.year() - 1);
    }
    if (FromTo.isFromValue(text, q) && written == null && relativeYear == null) {
      return Period.year(period.first() - 1);
    }
    boolean reachedBy =
        FromTo.isToValue(text, q, place.clauseStart())
            && (modality != Modality.TARGET || namesDeadline(text, q, place));
    if (period.isSpan()
        && (reachedBy
            || reachesLevel(text, q, place, modality, measure)
            || isLevelTarget(text, q, place, modality, measure))) {
      return Period.year(period.last());
    }
    return period;
  }

  /** The nearest time or deadline written between {@code limit} and {@code end}, or null. */
  private static YearMention timeBefore(CharSequence text, int end, int limit) {
    return YearMention.lastBefore(
        text,
        end,
        limit,
        m -> m.role() == YearMention.Role.TIME || m.role() == YearMention.Role.DEADLINE);
  }

  /** The comparison base year written in the figure's clause before it (比2010年), or null. */
  private static YearMention baseInClause(CharSequence text, Quantity q, FigurePlace place) {
    return YearMention.lastBefore(
        text, q.qualifierStart(), place.clauseStart(), m -> m.role() == YearMention.Role.BASE);
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

  /**
   * The period the innermost heading naming one gives. A heading naming two (2025年和“十四五”时期工作回顾)
   * leaves it to the paragraphs, which say which of the two they review.
   */
  private static Period fromHeadings(List<Section> headings) {
    for (int i = headings.size() - 1; i >= 0; i--) {
      String title = headings.get(i).title();
      Period found = null;
      for (int end = title.length(); end > 0; ) {
        YearMention m = YearMention.lastBefore(title, end, 0);
        if (m == null) {
          break;
        }
        end = m.start();
        if (m.role() == YearMention.Role.BASE) {
          continue;
        }
        Period p = new Period(m.first(), m.last());
        if (found != null && !found.equals(p)) {
          return null;
        }
        found = p;
      }
      if (found != null) {
        return found;
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
  private static RelativeSpan relativeSpan(
      CharSequence text, Quantity q, FigurePlace place, boolean sentenceWide) {
    String clause = text.subSequence(place.clauseStart(), q.qualifierStart()).toString();
    String opening = sentenceWide ? openingClause(text, place) : "";
    for (RelativeSpan r : RELATIVE_SPANS) {
      if (clause.contains(r.words()) || opening.contains(r.words())) {
        return r;
      }
    }
    return null;
  }

  /** 过去两年，我国平均增速只有5.1%: a short clause of time opening the sentence holds for it all. */
  private static String openingClause(CharSequence text, FigurePlace place) {
    int start = place.sentenceStart();
    if (start >= place.clauseStart()) {
      return "";
    }
    int end = Clause.end(text, start, place.clauseStart());
    return end - start <= OPENING_CLAUSE ? text.subSequence(start, end).toString() : "";
  }

  /**
   * 在上年同期18.0%的基础上, 今年的目标: a relative year in the figure's clause, unless it is a comparison base
   * (比上年, 较去年, 同上年).
   */
  private static Integer relativeYear(CharSequence text, Quantity q, FigurePlace place, int now) {
    int from = place.clauseStart();
    String clause = text.subSequence(from, q.qualifierStart()).toString();
    for (RelativeYear r : RELATIVE_YEARS) {
      int at = clause.lastIndexOf(r.words());
      if (at < 0) {
        continue;
      }
      char before = at > 0 ? clause.charAt(at - 1) : '\0';
      boolean base =
          before == '比' || before == '较' || before == '同' || before == '与' || before == '于';
      if (!base) {
        return now + r.offset();
      }
    }
    return null;
  }

  /** 年均增长, 每年新增: a figure that holds for each year of a span. */
  private static boolean isYearlyAverage(CharSequence text, Quantity q, FigurePlace place) {
    String clause = text.subSequence(place.clauseStart(), q.qualifierStart()).toString();
    int yearly = clause.indexOf("年均");
    while (yearly >= 0 && isYearlyMeanNoun(clause, yearly + 2)) {
      yearly = clause.indexOf("年均", yearly + 2); // PM2.5年均浓度: a yearly mean, not a span
    }
    return yearly >= 0 || eachYear(clause) || clause.contains("年平均");
  }

  /** 每年新增: each year of a span; 每人每年600元, 每生每年8元 are yearly rates of one year. */
  private static boolean eachYear(String clause) {
    for (int at = clause.indexOf("每年"); at >= 0; at = clause.indexOf("每年", at + 2)) {
      boolean perHead = at >= 2 && (clause.charAt(at - 2) == '每' || clause.charAt(at - 1) == '均');
      if (!perHead) {
        return true;
      }
    }
    return false;
  }

  private static boolean isYearlyMeanNoun(String clause, int at) {
    for (String noun : new String[] {"浓度", "气温", "降水", "值"}) {
      if (clause.startsWith(noun, at)) {
        return true;
      }
    }
    return false;
  }

  /**
   * In the first year of a five-year plan (2021, 2026…) a report's yearly averages are the plan's:
   * targets over the new plan, results over the plan just ended; a target's yearly mean up to a
   * deadline that ends a plan (到2030年) is over that plan. Other years keep their year.
   */
  private static Period planSpanAround(Period year, Modality modality, boolean deadline) {
    int y = year.first();
    if (modality == Modality.TARGET && y % 5 == 1) {
      return new Period(y, y + 4);
    }
    if (modality == Modality.TARGET && y % 5 == 0 && deadline) {
      return new Period(y - 4, y); // 到2030年，年均增长6%: a yearly mean up to a plan's last year
    }
    if (modality == Modality.ACTUAL && y % 5 == 0) {
      return new Period(y - 4, y);
    }
    return year;
  }

  /**
   * A target level over a span belongs to its last year when the sentence names that year as a
   * deadline; flows (每年, 累计, 增长) belong to all of it.
   */
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
    return namesDeadline(text, q, place);
  }

  /**
   * 到2030年，…, 届时…: the sentence sets its goals for a deadline. Without one, a plan's goal (今后五年…
   * 森林覆盖率达到25%) is the plan's, over its whole span.
   */
  private static boolean namesDeadline(CharSequence text, Quantity q, FigurePlace place) {
    String sentence = text.subSequence(place.sentenceStart(), q.qualifierStart()).toString();
    if (sentence.contains("届时")) {
      return true;
    }
    return YearMention.lastBefore(
            text,
            q.qualifierStart(),
            place.sentenceStart(),
            m -> m.role() == YearMention.Role.DEADLINE)
        != null;
  }

  /**
   * Over a span, a result that is a level belongs to the span's last year: a rank or share, a
   * figure right after a verb of reaching (人均道路面积达到18.99平方米, 增至3022家) unless its clause counts
   * things done (城镇新增就业超690万人), or a figure of a level noun (人均可支配收入完成22250元). Changes, multiples
   * and things done over the span (建成4座, 累计完成投资196亿元) belong to all of it.
   */
  private static boolean reachesLevel(
      CharSequence text, Quantity q, FigurePlace place, Modality modality, Measure measure) {
    if (modality != Modality.ACTUAL || measure == Measure.CHANGE || q.kind() == UnitKind.TIMES) {
      return false;
    }
    if (isYearlyAverage(text, q, place)) {
      return false; // 近三年每年完成量占全市四分之一: each year of the span
    }
    if (measure == Measure.RANK || measure == Measure.SHARE) {
      return true;
    }
    // 分别增至37座、14座: the later items of a list stand where the first does
    int listStart = Math.max(place.clauseStart(), FromTo.startOfList(text, q.qualifierStart()));
    String clause = text.subSequence(place.clauseStart(), listStart).toString();
    if (clause.contains("累计")) {
      return false; // 累计达70家: a sum over the span (spec)
    }
    for (int i = 0; i < clause.length(); i++) {
      if (Holder.LEVEL_NOUNS.longestAt(clause, i) != null) {
        return true;
      }
    }
    // the verb may be the qualifier itself: 规模超2000亿元
    String withQualifier = text.subSequence(place.clauseStart(), q.start()).toString();
    return endsWithLevelVerb(clause) || endsWithLevelVerb(withQualifier);
  }

  private static boolean endsWithLevelVerb(String clause) {
    String before = clause.strip();
    while (before.endsWith("了") || before.endsWith("分别")) {
      before = before.substring(0, before.length() - (before.endsWith("了") ? 1 : 2));
    }
    WordTrie.Match<Boolean> verb = Holder.LEVEL_VERBS.longestEndingAt(before, before.length(), 0);
    return verb != null && !LabelWords.containsVerb(before.substring(0, verb.start()));
  }
}
