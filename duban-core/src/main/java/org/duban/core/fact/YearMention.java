package org.duban.core.fact;

import java.util.function.Predicate;
import org.duban.core.quantity.NumberScanner;
import org.duban.core.text.Texts;

/**
 * A year or span of years written in text: 2023年, 二〇二五年, 2021-2025年, “十四五”.
 *
 * @param role what the mention does: a plain time, a deadline (到2025年), a comparison base (比2017年),
 *     or the start of a from-to pair (由2010年的21.6%提高到25.2%)
 */
record YearMention(int start, int end, int first, int last, Role role) {

  enum Role {
    TIME,
    DEADLINE,
    BASE,
    FROM,
    /** 实现2035年远景目标, 完成2025年目标: the year names a goal someone works toward, not a time. */
    GOAL
  }

  String period() {
    return first == last ? String.valueOf(first) : first + "-" + last;
  }

  /**
   * The mention that ends nearest before {@code end}, looking back no further than {@code limit}.
   */
  static YearMention lastBefore(CharSequence text, int end, int limit) {
    for (int i = end - 1; i >= limit; i--) {
      char c = text.charAt(i);
      if (c == '年' && i > limit) {
        YearMention m = endingAt(text, i, limit);
        if (m != null) {
          return m;
        }
      } else if (c == '五' && i >= limit + 2 && text.charAt(i - 2) == '十') {
        YearMention m = planPeriod(text, i - 2, i + 1);
        if (m != null) {
          return m;
        }
      }
    }
    return null;
  }

  /**
   * The nearest mention ending before {@code end}, no further back than {@code limit}, that {@code
   * wanted} accepts; mentions it refuses are stepped over.
   */
  static YearMention lastBefore(
      CharSequence text, int end, int limit, Predicate<YearMention> wanted) {
    while (end > limit) {
      YearMention m = lastBefore(text, end, limit);
      if (m == null) {
        return null;
      }
      if (wanted.test(m)) {
        return m;
      }
      end = m.start();
    }
    return null;
  }

  /** The year mention whose 年 is at {@code yearChar}, or null. */
  static YearMention endingAt(CharSequence text, int yearChar, int limit) {
    int digitsEnd = yearChar;
    int digitsStart = digitsEnd;
    while (digitsStart > limit
        && isYearDigit(text.charAt(digitsStart - 1))
        && digitsEnd - digitsStart < 4) {
      digitsStart--;
    }
    if (digitsEnd - digitsStart != 4
        || (digitsStart > limit && isYearDigit(text.charAt(digitsStart - 1)))) {
      return null;
    }
    int year = yearValue(text, digitsStart, digitsEnd);
    if (year < 1900 || year > 2100) {
      return null;
    }
    int start = digitsStart;
    int first = year;
    // 2021-2025年, 1979到1983年, 1979年到1984年
    int dash = start - 1;
    if (dash >= limit && isDash(text.charAt(dash))) {
      int otherEnd = dash > limit && text.charAt(dash - 1) == '年' ? dash - 1 : dash;
      int otherStart = otherEnd - 4;
      if (otherStart >= limit && allYearDigits(text, otherStart, otherEnd)) {
        int other = yearValue(text, otherStart, otherEnd);
        if (other >= 1900 && other < year) {
          first = other;
          start = otherStart;
        }
      }
    }
    Role role = roleBefore(text, start, limit);
    if (role == Role.TIME && namesAGoal(text, start, yearChar + 1, limit)) {
      role = Role.GOAL;
    }
    return new YearMention(start, yearChar + 1, first, year, role);
  }

  private static final String[] GOAL_VERBS = {"实现", "完成", "锚定", "对标", "瞄准", "围绕", "达成"};
  private static final String[] GOAL_NOUNS = {"远景目标", "奋斗目标", "目标"};

  private static boolean namesAGoal(CharSequence text, int start, int end, int limit) {
    int i = end;
    if (i < text.length() && text.charAt(i) == '的') {
      i++;
    }
    boolean goal = false;
    for (String noun : GOAL_NOUNS) {
      goal |= Texts.startsWith(text, i, noun);
    }
    if (!goal) {
      return false;
    }
    for (String verb : GOAL_VERBS) {
      int from = start - verb.length();
      if (from >= limit && Texts.startsWith(text, from, verb)) {
        return true;
      }
    }
    return false;
  }

  private static YearMention planPeriod(CharSequence text, int start, int end) {
    int ordinal =
        switch (text.subSequence(start, end).toString()) {
          case "十一五" -> 11;
          case "十二五" -> 12;
          case "十三五" -> 13;
          case "十四五" -> 14;
          case "十五五" -> 15;
          case "十六五" -> 16;
          default -> 0;
        };
    if (ordinal == 0 || !namesATime(text, end)) {
      return null;
    }
    int first = 2006 + (ordinal - 11) * 5;
    int before = start - 1;
    if (before >= 0 && (text.charAt(before) == '“' || text.charAt(before) == '"')) {
      before--;
    }
    // 是“十一五”时期的2.7倍, 较“十三五”末, 高于“十三五”时期: a plan period can be a comparison base too
    Role role = before >= 0 && "比较是于与".indexOf(text.charAt(before)) >= 0 ? Role.BASE : Role.TIME;
    return new YearMention(start, end, first, first + 4, role);
  }

  /** “十四五”时期 is a span of time; “十四五”规划 is a document's name. */
  private static boolean namesATime(CharSequence text, int end) {
    int i = end;
    if (i < text.length() && (text.charAt(i) == '”' || text.charAt(i) == '"')) {
      i++;
    }
    for (String word : new String[] {"时期", "期间", "以来", "末", "这五年"}) {
      if (Texts.startsWith(text, i, word)) {
        return true;
      }
    }
    return false;
  }

  private static Role roleBefore(CharSequence text, int start, int limit) {
    char before = start - 1 >= limit ? text.charAt(start - 1) : '\0';
    return switch (before) {
      case '到', '至' -> Role.DEADLINE;
      case '比', '较', '于', '同', '与' -> Role.BASE;
      case '由', '从' -> Role.FROM;
      case '是' -> isMultipleOf(text, start) ? Role.BASE : Role.TIME; // 是2010年的2.6倍
      default -> Role.TIME;
    };
  }

  /** 是2010年的: a year after 是 and before 的 is the base of a multiple. */
  private static boolean isMultipleOf(CharSequence text, int start) {
    int i = start;
    while (i < text.length() && text.charAt(i) != '年' && i - start < 10) {
      i++;
    }
    return i + 2 < text.length()
        && text.charAt(i) == '年'
        && text.charAt(i + 1) == '的'
        && (NumberScanner.isArabicDigit(text.charAt(i + 2))
            || NumberScanner.isChineseNumeral(text.charAt(i + 2)));
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '—' || c == '–' || c == '～' || c == '~' || c == '至' || c == '到';
  }

  private static boolean allYearDigits(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isYearDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** ○ (a white circle) stands for 〇 in years of older texts (一九八○年); elsewhere it is a bullet. */
  private static final char CIRCLE_ZERO = '○';

  private static boolean isYearDigit(char c) {
    return NumberScanner.isArabicDigit(c)
        || c == '〇'
        || c == CIRCLE_ZERO
        || c == '零'
        || NumberScanner.chineseDigit(c) > 0;
  }

  private static int yearValue(CharSequence text, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      int d =
          NumberScanner.isArabicDigit(c)
              ? Character.digit(c, 10)
              : c == CIRCLE_ZERO ? 0 : NumberScanner.chineseDigit(c);
      v = v * 10 + d;
    }
    return v;
  }
}
