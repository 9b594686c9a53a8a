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
import org.duban.core.text.Texts;

/**
 * Decides whether a figure is a result (ACTUAL) or a plan or goal (TARGET): a cue word in its
 * clause decides first (力争, 确保, 预期目标; 已, 预计全年), then whether its paragraph looks back or ahead over
 * a span of years, then the part of the document it stands in, then the kind of document.
 */
final class ModalityResolver implements FigureStage.Independent {

  private static final String CUES = "org/duban/core/fact/modality-cues.tsv";
  private static final int SENTENCE_OPENING = 8;
  private static final int TARGET_ANNOUNCEMENT_REACH = 120;
  private static final List<String> TARGET_ANNOUNCEMENTS =
      List.of("预期目标", "主要目标是", "主要目标为", "目标任务是");

  private enum Cue {
    TARGET,
    ACTUAL,
    EXISTING,
    /** 预计全年: an estimate, of the year just ended in a review, of the year ahead in a plan. */
    ESTIMATE,
    NEUTRAL
  }

  private static final class Holder {
    static final WordTrie<Cue> CUES = load();

    private static WordTrie<Cue> load() {
      WordTrie.Builder<Cue> b = WordTrie.builder();
      for (String[] row : LexiconFile.rows(ModalityResolver.CUES)) {
        b.put(row[0], Cue.valueOf(row[1].strip()));
      }
      return b.build();
    }
  }

  @Override
  public Set<Attribute> requires() {
    return Set.of(Attribute.WRITTEN_YEAR, Attribute.MEASURE);
  }

  @Override
  public Attribute provides() {
    return Attribute.MODALITY;
  }

  @Override
  public Figure annotate(Figure figure) {
    FigurePlace place = figure.place();
    YearMention written = figure.writtenYears().own();
    Integer deadline =
        written != null && written.role() == YearMention.Role.DEADLINE ? written.last() : null;
    return figure.withModality(
        resolve(
            figure.text(),
            figure.quantity(),
            place.clauseStart(),
            place.sentenceStart(),
            place.sentenceEnd(),
            place.role(),
            figure.meta(),
            deadline,
            figure.article().spans().lookAt(figure.quantity().start(), figure.meta().year()),
            figure.measurement().measure()));
  }

  private static boolean namesATarget(CharSequence text, int end) {
    int pos = end;
    while (pos < text.length() && "”\"的".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    for (String w : TARGET_MODIFIERS) {
      if (Texts.startsWith(text, pos, w)) {
        pos += w.length();
        break;
      }
    }
    return Texts.startsWith(text, pos, "目标");
  }

  private static final List<String> TARGET_MODIFIERS = List.of("经济增长", "增长", "增速", "预期", "发展");

  private Modality resolve(
      CharSequence text,
      Quantity q,
      int clauseStart,
      int sentenceStart,
      int sentenceEnd,
      Role role,
      DocumentMeta meta,
      Integer deadlineYear,
      Modality paragraph,
      Measure measure) {
    if (FromTo.isFromValue(text, q)) {
      return Modality.ACTUAL; // 财政补助由每人每年380元提高到420元: where a plan starts from exists
    }
    if (namesATarget(text, q.qualifierEnd())) {
      return Modality.TARGET; // “5%左右”的目标, 6%的增长目标: the figure is what was aimed at
    }
    Cue cue = nearestCue(text, q.qualifierStart(), clauseStart, true);
    if (cue == null) {
      cue =
          nearestCue(
              text, Math.min(clauseStart, sentenceStart + SENTENCE_OPENING), sentenceStart, false);
    }
    if (cue == null && announcesTargets(text, sentenceStart, q.start())) {
      cue = Cue.TARGET;
    }
    if (cue == Cue.ESTIMATE) {
      return role == Role.PLAN ? Modality.TARGET : Modality.ACTUAL;
    }
    if (cue == Cue.TARGET) {
      return Modality.TARGET;
    }
    if (cue == Cue.ACTUAL) {
      return Modality.ACTUAL;
    }
    if (deadlineYear != null && meta.year() != null && deadlineYear >= meta.year()) {
      return Modality.TARGET;
    }
    if (paragraph != null) {
      return paragraph; // 这五年，全市生产总值从4.16万亿元增加到5.67万亿元 in a plan's part
    }
    if (meta.type() == DocumentType.NEWS) {
      // a story's headings are headlines, not a plan's parts; its sentences about targets say so
      // but how many places set or cut them (29个省份, 超8成省份) is counted, a result
      boolean counted = measure == Measure.SHARE || q.kind() == UnitKind.COUNT;
      return !counted && speaksOfTargets(text, sentenceStart, sentenceEnd)
          ? Modality.TARGET
          : Modality.ACTUAL;
    }
    if (role == Role.REVIEW) {
      return Modality.ACTUAL;
    }
    if (role == Role.PLAN) {
      return Modality.TARGET;
    }
    DocumentType type = meta.type();
    return type == DocumentType.KEY_WORK_ARRANGEMENT
            || type == DocumentType.POLICY
            || type == DocumentType.FIVE_YEAR_PLAN
        ? Modality.TARGET
        : Modality.ACTUAL;
  }

  /**
   * 超8成省份下调2022年GDP目标增速: a news sentence about targets (目标, but not 目标值 or how far they were
   * reached) reports figures of targets.
   */
  private static boolean speaksOfTargets(CharSequence text, int from, int to) {
    String sentence = text.subSequence(from, to).toString();
    if (sentence.contains("完成度") || sentence.contains("完成情况") || sentence.contains("达标")) {
      return false;
    }
    for (int i = sentence.indexOf("目标"); i >= 0; i = sentence.indexOf("目标", i + 2)) {
      if (i + 2 >= sentence.length() || sentence.charAt(i + 2) != '值') {
        return true;
      }
    }
    return false;
  }

  /** 主要预期目标是：…: a sentence that announces targets makes all its figures targets. */
  private static boolean announcesTargets(CharSequence text, int sentenceStart, int figure) {
    int from = Math.max(sentenceStart, figure - TARGET_ANNOUNCEMENT_REACH);
    String before = text.subSequence(from, figure).toString();
    for (String cue : TARGET_ANNOUNCEMENTS) {
      if (before.contains(cue)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The cue nearest before {@code end}; an EXISTING word counts only in the figure's own clause
   * ({@code ownClause}), where it describes the figure.
   */
  /**
   * “英才计划”深入实施, 增加招生计划3000个, 预期性指标: 计划 and 预期 as part of a name or noun, not an intention. An
   * intention goes on to what is intended (计划开工, 预期增长).
   */
  private static boolean namesAPlan(CharSequence text, WordTrie.Match<Cue> m) {
    String word = text.subSequence(m.start(), m.end()).toString();
    if (!word.equals("计划") && !word.equals("预期")) {
      return false;
    }
    if (m.end() >= text.length()) {
      return true;
    }
    char next = text.charAt(m.end());
    return next == '”' || next == '》' || next == '"' || next == '性' || Character.isDigit(next);
  }

  /**
   * 将某项费率从10%降至8%, 将补助标准提高到600元: 将 before a noun and a verb of result handles that noun (as 把 does)
   * and says nothing of the future; 将达到, 将从…提高到 and 将进一步 do.
   */
  private static boolean isDisposal(CharSequence text, WordTrie.Match<Cue> m, int figure) {
    if (m.end() - m.start() != 1 || text.charAt(m.start()) != '将' || m.end() >= figure) {
      return false;
    }
    int next = m.end();
    if (LabelWords.predicateOpenerAt(text, next) > 0
        || LabelWords.startsWithVerb(text.subSequence(next, figure).toString())
        || FUTURE_OPENERS.indexOf(text.charAt(next)) >= 0) {
      return false;
    }
    // the clause of the 将, which at a sentence's opening may be an earlier one than the figure's
    String handled = text.subSequence(next, Clause.end(text, next, text.length())).toString();
    return handled.length() >= 3
        && (handled.contains("从")
            || handled.contains("由")
            || handled.contains("到")
            || handled.contains("至"));
  }

  // 将从, 将由, 将在, 将于, 将进一步, 将继续, 将有, 将会: the future, however the clause goes on
  private static final String FUTURE_OPENERS = "从由在于进继有会可要能再更力逐全大加着不新";

  private static Cue nearestCue(CharSequence text, int end, int limit, boolean ownClause) {
    for (int i = end; i > limit; i--) {
      WordTrie.Match<Cue> m = Holder.CUES.longestEndingAt(text, i, limit);
      if (m != null && m.value() == Cue.EXISTING) {
        if (ownClause && !LabelWords.containsVerb(text.subSequence(m.end(), end).toString())) {
          return Cue.ACTUAL;
        }
      } else if (m != null
          && m.value() != Cue.NEUTRAL
          && !namesAPlan(text, m)
          && !isDisposal(text, m, end)) {
        return m.value();
      }
      if (m != null) {
        i = m.start() + 1;
      }
    }
    return null;
  }
}
