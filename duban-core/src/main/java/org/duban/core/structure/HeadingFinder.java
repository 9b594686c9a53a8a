package org.duban.core.structure;

import java.util.ArrayList;
import java.util.List;
import org.duban.core.clean.Dates;
import org.duban.core.clean.ListNumbers;
import org.duban.core.clean.Markup;
import org.duban.core.clean.Shapes;
import org.duban.core.lexicon.LexiconFile;

/**
 * Finds the paragraphs of a cleaned article that open an outline node: numbered headings and items
 * (一、 （一） 1. 第一部分 一是…), markdown or bold headings where nothing is numbered, unnumbered part
 * headings that name their role ("2026年重点工作"), back matter (名词解释, 附件), and paragraphs opened by a
 * lead sentence ("深化虹桥国际开放枢纽建设。").
 */
final class HeadingFinder {

  private static final int MAX_TITLE = 100;
  private static final int MAX_LEAD = 30;
  private static final int MAX_BOLD_LEAD = 40;
  private static final int MAX_PART_HEADING = 30;
  private static final int MAX_BACK_HEADING = 20;
  private static final int MIN_BOLD_LEADS = 3;
  private static final int MIN_LEAD_CLAUSE = 5;
  private static final int MAX_LEAD_COMMAS = 2;
  private static final int MIN_FOLLOWING_BODY = 30;
  private static final int INLINE_PARAGRAPH = 1000;
  private static final int INLINE_TITLE = 14;
  private static final String CN_PART_NUMERALS = "一二三四五六七八九十";
  private static final String[] INLINE_CUES = {"回顾", "任务", "安排", "工作", "总结", "目标"};

  private final String text;
  private final Markup markup;
  private final List<int[]> paragraphs = new ArrayList<>();
  private final List<String> strings = new ArrayList<>();
  private int periodParts;

  private HeadingFinder(String text, Markup markup) {
    this.text = text;
    this.markup = markup;
    int from = 0;
    while (from < text.length()) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 ? text.length() : nl;
      if (to > from) {
        paragraphs.add(new int[] {from, to});
        strings.add(text.substring(from, to));
      }
      from = to + 1;
    }
  }

  static List<Heading> find(String text, Markup markup) {
    return new HeadingFinder(text, markup).find();
  }

  private List<Heading> find() {
    int firstProse = -1;
    boolean numbered = false;
    boolean chineseParts = false;
    int boldLeads = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      String s = paragraph(p);
      if (firstProse < 0 && Shapes.isProse(s, Math.min(s.length(), 400))) {
        firstProse = p;
      }
      ListNumbers.Match m = ListNumbers.match(s, 0);
      if (m != null && m.style() != ListNumbers.Style.ENUMERATION) {
        numbered = true;
        chineseParts |= m.style() == ListNumbers.Style.CHINESE;
      }
      int boldEnd = markup.leadingBoldEnd(paragraphs.get(p)[0]);
      if (m == null && boldEnd > 0 && text.charAt(boldEnd - 1) == '。') {
        boldLeads++;
      }
      if (m == null
          && Shapes.length(s) <= MAX_PART_HEADING
          && !Shapes.hasSentenceEnd(s)
          && isPartCue(s)
          && namesAPeriod(s)) {
        periodParts++; // a review and a plan heading above numbered parts come in pairs
      }
    }
    boolean boldMode = boldLeads >= MIN_BOLD_LEADS;
    List<Heading> headings = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      Heading h = heading(p, p >= firstProse && firstProse >= 0, numbered, chineseParts, boldMode);
      if (h != null) {
        headings.add(h);
      }
      int[] range = paragraphs.get(p);
      if (range[1] - range[0] >= INLINE_PARAGRAPH) {
        inlineParts(range[0], range[1], headings);
      }
    }
    return headings;
  }

  /**
   * Part headings run into a page that lost its line breaks ("…报告第一部分一、2018年工作回顾2018年是…"): a
   * Chinese numeral and 、 after a sentence end, then a year and a word that names a part's role.
   */
  private void inlineParts(int from, int to, List<Heading> out) {
    for (int i = from + 1; i + 8 < to; i++) {
      char c = text.charAt(i);
      if (c != '、' || CN_PART_NUMERALS.indexOf(text.charAt(i - 1)) < 0) {
        continue;
      }
      int number = i - 1;
      char before = number > from ? text.charAt(number - 1) : '。';
      boolean opens = Shapes.isSentenceEnd(before) || before == '分' || Shapes.isSpace(before);
      int year = i + 1;
      if (!opens || Dates.yearAt(text, year, to) < 0 || text.charAt(year + 4) != '年') {
        continue;
      }
      int titleEnd = inlineTitleEnd(year + 5, Math.min(to, year + 5 + INLINE_TITLE));
      if (titleEnd > 0) {
        Heading h =
            heading(
                ListNumbers.Style.CHINESE.name(),
                false,
                String.valueOf(text.charAt(number)),
                number,
                year,
                titleEnd,
                to);
        if (h != null) {
          out.add(h);
        }
      }
    }
  }

  /** The end of the last role word before the heading runs into its first sentence, or -1. */
  private int inlineTitleEnd(int from, int limit) {
    int end = -1;
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (Shapes.isDigit(c) || c == '，' || c == '。' || c == ',') {
        break;
      }
      for (String cue : INLINE_CUES) {
        if (text.startsWith(cue, i)) {
          end = i + cue.length();
        }
      }
    }
    return end;
  }

  private Heading heading(
      int p, boolean inBody, boolean numbered, boolean chineseParts, boolean boldMode) {
    int start = paragraphs.get(p)[0];
    int end = paragraphs.get(p)[1];
    String s = paragraph(p);
    if (Shapes.isSeparatorLine(s)) {
      return null;
    }
    int length = Shapes.length(s.length() > 200 ? s.substring(0, 200) : s);
    boolean shortLine = !Shapes.hasSentenceEnd(s) && !s.endsWith("：") && !s.endsWith(":");
    if (shortLine && length <= MAX_BACK_HEADING && RoleCues.of(s) == RoleCues.Cue.BACK) {
      return new Heading(Heading.BACK, false, null, s, start, start, end, end);
    }
    ListNumbers.Match m = ListNumbers.match(s, 0);
    if (m != null) {
      int titleEnd = titleEnd(start + m.end(), end);
      if (titleEnd <= start + m.end()) {
        return null;
      }
      boolean leaf = m.style() == ListNumbers.Style.ENUMERATION;
      return heading(m.style().name(), leaf, m.number(), start, start + m.end(), titleEnd, end);
    }
    if (!inBody) {
      return null;
    }
    int depth = markup.headingDepth(start);
    if (!numbered && depth > 0) {
      return heading("md" + depth, false, null, start, start, titleEnd(start, end), end);
    }
    boolean abovePart = chineseParts && periodParts >= 2 && namesAPeriod(s);
    if ((!chineseParts || abovePart) && shortLine && length <= MAX_PART_HEADING && isPartCue(s)) {
      return heading(Heading.UNNUMBERED, false, null, start, start, end, end);
    }
    int boldEnd = markup.leadingBoldEnd(start);
    if (!numbered && boldEnd >= end && shortLine && length <= MAX_BOLD_LEAD) {
      return heading("bold", false, null, start, start, end, end);
    }
    if (boldMode && boldEnd < 0) {
      return null;
    }
    int lead = leadEnd(start, end, boldEnd >= 0 ? MAX_BOLD_LEAD : MAX_LEAD);
    if (lead < 0) {
      return null;
    }
    boolean continues = firstNonSpace(lead + 1, end) < end;
    if (!continues && !followedByBody(p)) {
      return null;
    }
    return heading(Heading.LEAD, true, null, start, start, lead, end);
  }

  private Heading heading(
      String style, boolean leaf, String number, int start, int titleStart, int titleEnd, int end) {
    String title = text.substring(titleStart, titleEnd).strip();
    while (!title.isEmpty() && "—―－".indexOf(title.charAt(0)) >= 0) {
      title = title.substring(1).strip(); // "——始终坚持以人民为中心": a dash-led item
    }
    while (!title.isEmpty() && isTrailingMark(title.charAt(title.length() - 1))) {
      title = title.substring(0, title.length() - 1).strip();
    }
    return title.isEmpty()
        ? null
        : new Heading(style, leaf, number, title, start, titleStart, titleEnd, end);
  }

  private static boolean isTrailingMark(char c) {
    return Shapes.isSentenceEnd(c) || c == '：' || c == ':' || c == '，' || c == ',';
  }

  /**
   * “十四五”时期发展成就和2025年工作回顾: an unnumbered heading that names its years stands above numbered parts
   * (一、…) that may follow it.
   */
  private static boolean namesAPeriod(String s) {
    for (int i = 0; i + 5 <= s.length(); i++) {
      if (Dates.yearAt(s, i, s.length()) > 0 && s.charAt(i + 4) == '年') {
        return true;
      }
      if (s.charAt(i) == '十' && s.charAt(i + 2) == '五') {
        return true;
      }
    }
    return false;
  }

  private static boolean isPartCue(String s) {
    RoleCues.Cue cue = RoleCues.of(s);
    return cue == RoleCues.Cue.PLAN || cue == RoleCues.Cue.REVIEW;
  }

  /**
   * The end of the first sentence of {@code [from, to)} when it is a lead sentence: short, ending
   * in a full stop, a clause rather than a narrative opening ("今年，", "我们…"), no colon. Else -1.
   */
  private int leadEnd(int from, int to, int max) {
    int commas = 0;
    int firstComma = -1;
    int limit = Math.min(to, from + max + 1);
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '。' || c == '！') {
        int length = i - from;
        boolean clause = firstComma < 0 || firstComma - from >= MIN_LEAD_CLAUSE;
        return length >= 4 && clause && !speaksAsWe(from, i) && !isNarrative(from) ? i : -1;
      }
      if (c == '：' || c == ':' || c == '；' || c == '？' || c == '\n') {
        return -1;
      }
      if (c == '，' || c == ',') {
        if (firstComma < 0) {
          firstComma = i;
        }
        if (++commas > MAX_LEAD_COMMAS) {
          return -1;
        }
      }
    }
    return -1;
  }

  /** A sentence opening with a time ("今年", "2024年", "“十四五”时期") or a connective tells a story. */
  private boolean isNarrative(int from) {
    if (from + 4 < text.length()
        && Shapes.isDigit(text.charAt(from))
        && Shapes.isDigit(text.charAt(from + 3))) {
      return true;
    }
    if (text.startsWith("“十", from)) {
      return true;
    }
    for (String opener : Holder.OPENERS) {
      if (text.startsWith(opener, from)) {
        return true;
      }
    }
    return false;
  }

  private static final class Holder {
    static final List<String> OPENERS =
        LexiconFile.lines(HeadingFinder.class, "narrative-openers.txt");
  }

  /** A sentence with a first-person subject (我们, 我区…) tells, it does not head a task. */
  private boolean speaksAsWe(int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      if (text.charAt(i) == '我' && "们区市省国县".indexOf(text.charAt(i + 1)) >= 0) {
        return true;
      }
    }
    return text.startsWith("各位代表", from);
  }

  /** Whether paragraph {@code p} (a lone lead line) is followed by a plain body paragraph. */
  private boolean followedByBody(int p) {
    if (p + 1 >= paragraphs.size()) {
      return false;
    }
    String next = paragraph(p + 1);
    if (ListNumbers.match(next, 0) != null || Shapes.length(next) < MIN_FOLLOWING_BODY) {
      return false;
    }
    int[] range = paragraphs.get(p + 1);
    return leadEnd(range[0], range[1], MAX_LEAD) < 0;
  }

  /** The end of a numbered heading's title: its first sentence, or the line when short. */
  private int titleEnd(int from, int to) {
    int limit = Math.min(to, from + MAX_TITLE);
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '。' || c == '！' || c == '？' || c == '；' || c == '：' || c == ':') {
        return i;
      }
    }
    if (to - from <= MAX_TITLE) {
      return to;
    }
    for (int i = from; i < limit; i++) {
      if (text.charAt(i) == '，' || text.charAt(i) == ',') {
        return i;
      }
    }
    return limit;
  }

  private int firstNonSpace(int from, int to) {
    while (from < to && Shapes.isSpace(text.charAt(from))) {
      from++;
    }
    return from;
  }

  private String paragraph(int p) {
    return strings.get(p);
  }
}
