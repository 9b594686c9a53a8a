package org.duban.core.fact;

import java.util.Arrays;

/**
 * Finds the paragraphs that look back on (or ahead over) a span of years as a whole — 五年来…,
 * “十四五”时期… and the paragraphs that follow them in the same part until one turns to a single year —
 * so that their figures get the span as their period. Built once per article in one pass over its
 * lines.
 */
final class SpanParagraphs {

  /** Years a relative opener covers (五年来 = 5), or a plan named in the opener. */
  private record Opener(int years, Period plan) {}

  private static final String[][] RELATIVE = {
    {"五年来", "5"},
    {"过去五年", "5"},
    {"这五年", "5"},
    {"五年间", "5"},
    {"过去的五年", "5"},
    {"三年来", "3"},
    {"过去三年", "3"}
  };
  private static final int OPENING = 14;
  private static final int PREAMBLE = 20;
  // 各位代表，刚刚过去的2025年: an address may come before the year
  private static final int TURN_OPENING = 20;
  private static final String[] ONE_YEAR = {"过去一年", "一年来", "今年", "去年", "过去的一年", "刚刚过去的一年"};

  private final int[] starts;
  private final Opener[] openers;

  private SpanParagraphs(int[] starts, Opener[] openers) {
    this.starts = starts;
    this.openers = openers;
  }

  static SpanParagraphs of(CharSequence text) {
    int[] starts = new int[16];
    Opener[] openers = new Opener[16];
    int n = 0;
    Opener active = null;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = lineStart;
      while (lineEnd < text.length() && text.charAt(lineEnd) != '\n') {
        lineEnd++;
      }
      int first = lineStart;
      while (first < lineEnd && Character.isWhitespace(text.charAt(first))) {
        first++;
      }
      if (first < lineEnd) {
        Opener opener = opener(text, first, lineEnd);
        if (opener != null) {
          active = opener;
        } else if (active != null && endsSpan(text, first, lineEnd)) {
          active = null;
        }
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
          openers = Arrays.copyOf(openers, n * 2);
        }
        starts[n] = lineStart;
        openers[n] = active;
        n++;
      }
      lineStart = lineEnd + 1;
    }
    return new SpanParagraphs(Arrays.copyOf(starts, n), Arrays.copyOf(openers, n));
  }

  /** The span the paragraph around {@code index} covers, ending with {@code reviewed}, or null. */
  Period spanAt(int index, Period reviewed) {
    int pos = Arrays.binarySearch(starts, index);
    int line = pos >= 0 ? pos : -pos - 2;
    if (line < 0 || openers[line] == null) {
      return null;
    }
    Opener o = openers[line];
    if (o.plan() != null) {
      return o.plan();
    }
    return reviewed == null ? null : reviewed.spanning(o.years());
  }

  /**
   * Whether the paragraph around {@code index} looks back on its span (五年来, “十四五”时期 in a report of
   * 2026) or ahead over it (“十五五”时期 in that report), as seen from {@code year}; null when it does
   * neither.
   */
  Modality lookAt(int index, Integer year) {
    int pos = Arrays.binarySearch(starts, index);
    int line = pos >= 0 ? pos : -pos - 2;
    if (line < 0 || openers[line] == null) {
      return null;
    }
    Period plan = openers[line].plan();
    if (plan == null) {
      return Modality.ACTUAL;
    }
    if (year == null) {
      return null;
    }
    return plan.last() < year ? Modality.ACTUAL : plan.first() >= year ? Modality.TARGET : null;
  }

  /**
   * Whether the paragraph at {@code first} leaves the span: it starts a new part (二、…) or turns to
   * one year (2025年，…; 刚刚过去的2025年; 过去一年). Sections inside the part (（一）…, ——…) stay in it.
   */
  private static boolean endsSpan(CharSequence text, int first, int lineEnd) {
    if (isPartHeading(text, first, lineEnd)) {
      return true;
    }
    int end = Math.min(lineEnd, first + TURN_OPENING);
    String opening = text.subSequence(first, end).toString();
    for (String w : ONE_YEAR) {
      if (opening.contains(w)) {
        return true;
      }
    }
    YearMention m = YearMention.lastBefore(text, end, first);
    return m != null && m.first() == m.last() && m.role() == YearMention.Role.TIME;
  }

  /** 二、…: a Chinese numeral and a 、 open a part of the document. */
  private static boolean isPartHeading(CharSequence text, int first, int lineEnd) {
    int i = first;
    while (i < lineEnd && "一二三四五六七八九十".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i > first && i < lineEnd && text.charAt(i) == '、';
  }

  /**
   * The opener at the paragraph's start, or at the start of its second sentence when the first is a
   * short preamble (今年是“十四五”收官之年。过去五年，…).
   */
  private static Opener opener(CharSequence text, int first, int lineEnd) {
    Opener opener = openerAt(text, first, lineEnd);
    if (opener != null) {
      return opener;
    }
    int limit = Math.min(lineEnd, first + PREAMBLE);
    for (int i = first; i < limit; i++) {
      if (text.charAt(i) == '。') {
        return openerAt(text, i + 1, lineEnd);
      }
    }
    return null;
  }

  private static Opener openerAt(CharSequence text, int first, int lineEnd) {
    int end = Math.min(lineEnd, first + OPENING);
    String opening = text.subSequence(first, end).toString();
    for (String[] r : RELATIVE) {
      if (opening.contains(r[0])) {
        return new Opener(Integer.parseInt(r[1]), null);
      }
    }
    for (int i = first; i + 3 <= end; i++) {
      if (text.charAt(i) == '十' && text.charAt(i + 2) == '五') {
        YearMention m = YearMention.lastBefore(text, i + 3, i);
        if (m != null && m.first() != m.last()) {
          return new Opener(0, new Period(m.first(), m.last()));
        }
      }
    }
    return null;
  }
}
