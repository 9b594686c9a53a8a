package org.duban.core.meta;

/**
 * The years of China's five-year plans: the first began in 1953, the second in 1958, and from the
 * third (1966, after three years of readjustment) each follows the last, so "十四五" and "第十四个五年规划"
 * start in 2021.
 */
public final class FiveYearPlans {

  private static final int FIRST_PLAN_YEAR = 1953;
  private static final int THIRD_PLAN_YEAR = 1966;
  private static final String DIGITS = "一二三四五六七八九";

  private FiveYearPlans() {}

  /** The first year of the plan {@code text} names ("十四五", "第十四个五年规划"), or null. */
  public static Integer firstYear(String text) {
    if (text == null) {
      return null;
    }
    int at = text.indexOf("个五年");
    if (at > 1) {
      int from = at;
      while (from > 0 && isNumeral(text.charAt(from - 1))) {
        from--;
      }
      Integer n = ordinal(text.substring(from, at));
      if (n != null) {
        return start(n);
      }
    }
    for (int i = 0; i + 3 <= text.length(); i++) {
      if (text.charAt(i) == '十' && text.charAt(i + 2) == '五' && isNumeral(text.charAt(i + 1))) {
        Integer n = ordinal(text.substring(i, i + 2));
        if (n != null) {
          return start(n);
        }
      }
    }
    return null;
  }

  private static int start(int n) {
    return n <= 2 ? FIRST_PLAN_YEAR + 5 * (n - 1) : THIRD_PLAN_YEAR + 5 * (n - 3);
  }

  private static boolean isNumeral(char c) {
    return c == '十' || DIGITS.indexOf(c) >= 0;
  }

  /** 一 … 十九 as a number, or null. */
  private static Integer ordinal(String s) {
    if (s.isEmpty() || s.length() > 2) {
      return null;
    }
    if (s.length() == 1) {
      return s.equals("十") ? 10 : DIGITS.indexOf(s.charAt(0)) + 1;
    }
    if (s.charAt(0) == '十') {
      int d = DIGITS.indexOf(s.charAt(1));
      return d < 0 ? null : 10 + d + 1;
    }
    return null;
  }
}
