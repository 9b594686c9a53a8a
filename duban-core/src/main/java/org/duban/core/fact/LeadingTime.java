package org.duban.core.fact;

import java.util.List;
import org.duban.core.lexicon.WordTrie;
import org.duban.core.quantity.NumberScanner;

/**
 * Strips the time and comparison phrases that open a clause and are not part of what a figure
 * measures: 2023年, 截至2023年底, 1-7月, 前三季度, 上半年, 两年平均, 比2019年1-7月, 到2025年的.
 */
final class LeadingTime {

  private static final String[] PREPOSITIONS = {
    "截至", "截止", "相比", "到", "至", "在", "比", "较", "与", "从", "由"
  };
  private static final WordTrie<Boolean> WORDS =
      WordTrie.ofWords(
          List.of(
              "上半年", "下半年", "全年", "同期", "上年", "去年", "上年末", "去年末", "上年底", "去年底", "今年", "当年", "年初",
              "年末", "年底", "两年平均", "三年平均", "年均", "平均每年", "每年", "五年来", "五年内", "五年间", "这五年", "过去五年",
              "近五年", "一季度", "二季度", "三季度", "四季度", "前三季度", "前两季度", "第一季度", "第二季度", "第三季度", "第四季度"));
  private static final String[] YEAR_TAILS = {"底", "末", "以来", "全年", "度", "上半年", "下半年"};

  private LeadingTime() {}

  /** {@code s} without the time and comparison phrases it starts with. */
  static String strip(String s) {
    String previous;
    do {
      previous = s;
      s = stripOnce(s);
    } while (!s.equals(previous) && !s.isEmpty());
    return s;
  }

  private static String stripOnce(String s) {
    int i = 0;
    for (String p : PREPOSITIONS) {
      if (s.startsWith(p) && timeLength(s, p.length()) > 0) {
        i = p.length();
        break;
      }
    }
    int t = timeLength(s, i);
    if (t == 0) {
      return s;
    }
    int end = i + t;
    if (end < s.length() && s.charAt(end) == '的') {
      end++;
    }
    return s.substring(end);
  }

  /** The length of the time phrase at {@code i}, or 0. */
  private static int timeLength(String s, int i) {
    int running = runningLength(s, i);
    if (running > 0) {
      return running;
    }
    int plan = planPeriodLength(s, i);
    if (plan > 0) {
      return plan;
    }
    WordTrie.Match<Boolean> word = WORDS.longestAt(s, i);
    if (word != null) {
      return word.end() - i;
    }
    int digits = i;
    while (digits < s.length() && isDigit(s.charAt(digits))) {
      digits++;
    }
    int n = digits - i;
    if (n == 4 && digits + 5 < s.length() && isRangeMark(s.charAt(digits))) {
      int second = digits + 1;
      int secondEnd = second;
      while (secondEnd < s.length() && isDigit(s.charAt(secondEnd))) {
        secondEnd++;
      }
      if (secondEnd - second == 4 && secondEnd < s.length() && s.charAt(secondEnd) == '年') {
        digits = secondEnd; // 1979到1983年
      }
    }
    if (n == 4 && digits < s.length() && s.charAt(digits) == '年') {
      int end = digits + 1;
      for (String tail : YEAR_TAILS) {
        if (s.startsWith(tail, end)) {
          return end + tail.length() - i;
        }
      }
      int months = monthsLength(s, end);
      return end + months - i;
    }
    return monthsLength(s, i);
  }

  /** 连续16年, 连续三个季度: how long something has held, not what is measured; or 0. */
  private static int runningLength(String s, int i) {
    if (!s.startsWith("连续", i)) {
      return 0;
    }
    int j = i + 2;
    while (j < s.length() && (isDigit(s.charAt(j)) || "一二三四五六七八九十两".indexOf(s.charAt(j)) >= 0)) {
      j++;
    }
    if (j == i + 2) {
      return 0;
    }
    for (String unit : new String[] {"年", "个季度", "季度", "个月", "月"}) {
      if (s.startsWith(unit, j)) {
        return j + unit.length() - i;
      }
    }
    return 0;
  }

  /** “十四五”时期, 十三五期间: a plan's span named as a time (“十四五”规划 is a plan's name and stays). */
  private static int planPeriodLength(String s, int i) {
    int j = i;
    if (j < s.length() && (s.charAt(j) == '“' || s.charAt(j) == '"')) {
      j++;
    }
    if (j + 3 > s.length() || s.charAt(j) != '十' || s.charAt(j + 2) != '五') {
      return 0;
    }
    j += 3;
    boolean quoted = j < s.length() && (s.charAt(j) == '”' || s.charAt(j) == '"');
    if (quoted) {
      j++;
    }
    for (String tail : new String[] {"时期", "期间", "以来", "末"}) {
      if (s.startsWith(tail, j)) {
        return j + tail.length() - i;
      }
    }
    // 较“十三五”增长: after a preposition a quoted plan period alone is its span
    return quoted && i > 0 ? j - i : 0;
  }

  /** 1-7月, 前11个月, 9月份, 1至6月: a month or span of months. */
  private static int monthsLength(String s, int i) {
    int j = i;
    if (s.startsWith("前", j)) {
      j++;
    }
    int start = j;
    while (j < s.length() && (isDigit(s.charAt(j)) || s.charAt(j) == '-' || s.charAt(j) == '至')) {
      j++;
    }
    if (j == start || j - start > 5) {
      return 0;
    }
    if (s.startsWith("个月", j)) {
      return j + 2 - i;
    }
    if (s.startsWith("月份", j)) {
      return j + 2 - i;
    }
    if (s.startsWith("月", j)) {
      return j + 1 - i;
    }
    return 0;
  }

  private static boolean isRangeMark(char c) {
    return c == '-' || c == '—' || c == '至' || c == '到' || c == '～';
  }

  private static boolean isDigit(char c) {
    return NumberScanner.isArabicDigit(c) || NumberScanner.chineseDigit(c) >= 0 || c == '十';
  }
}
