package org.duban.core.clean;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Finds calendar dates in Chinese text: "2024年1月16日", "２０２４年３月５日", "二〇二六年一月二十七日", "2025-07-09",
 * "2024/3/25". Scans once, left to right.
 */
public final class Dates {

  private static final String CN_DIGITS = "〇一二三四五六七八九";

  /** A date and where it was written: {@code [start, end)} in the text searched. */
  public record Found(LocalDate date, int start, int end) {}

  private Dates() {}

  /** The first date in {@code s}, or null. */
  public static LocalDate parse(CharSequence s) {
    Found f = find(s, 0, s.length());
    return f == null ? null : f.date();
  }

  /** The first date in {@code s[from, to)}, or null. */
  public static Found find(CharSequence s, int from, int to) {
    for (int i = from; i + 4 <= to; i++) {
      Found f = at(s, i, to);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /** A year written in four digits or four Chinese digits at {@code i}, or -1. */
  public static int yearAt(CharSequence s, int i, int to) {
    if (i + 4 > to) {
      return -1;
    }
    boolean arabic = Shapes.isDigit(s.charAt(i));
    int year = 0;
    for (int k = i; k < i + 4; k++) {
      int d = digit(s.charAt(k), arabic);
      if (d < 0) {
        return -1;
      }
      year = year * 10 + d;
    }
    if (i > 0 && digit(s.charAt(i - 1), arabic) >= 0) {
      return -1;
    }
    if (i + 4 < to && digit(s.charAt(i + 4), arabic) >= 0) {
      return -1;
    }
    return year >= 1900 && year <= 2100 ? year : -1;
  }

  private static int digit(char c, boolean arabic) {
    if (arabic) {
      return Shapes.isDigit(c) ? Shapes.digitValue(c) : -1;
    }
    return c == '零' || c == '○' ? 0 : CN_DIGITS.indexOf(c); // 一九八○年
  }

  private static Found at(CharSequence s, int i, int to) {
    int year = yearAt(s, i, to);
    if (year < 0) {
      return null;
    }
    int j = i + 4;
    if (j >= to) {
      return null;
    }
    char sep = s.charAt(j);
    if (sep == '年') {
      int[] month = number(s, j + 1, to);
      if (month == null || month[1] >= to || s.charAt(month[1]) != '月') {
        return null;
      }
      int[] day = number(s, month[1] + 1, to);
      if (day == null || day[1] >= to || (s.charAt(day[1]) != '日' && s.charAt(day[1]) != '号')) {
        return null;
      }
      return make(year, month[0], day[0], i, day[1] + 1);
    }
    if (sep == '-' || sep == '/' || sep == '.' || sep == '－') {
      int[] month = number(s, j + 1, to);
      if (month == null || month[1] >= to || s.charAt(month[1]) != sep) {
        return null;
      }
      int[] day = number(s, month[1] + 1, to);
      if (day == null || (day[1] < to && Shapes.isDigit(s.charAt(day[1])))) {
        return null;
      }
      return make(year, month[0], day[0], i, day[1]);
    }
    return null;
  }

  private static Found make(int y, int m, int d, int start, int end) {
    try {
      return new Found(LocalDate.of(y, m, d), start, end);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A month or day number (1 to 31) in Arabic or Chinese digits: {value, end}, or null. */
  private static int[] number(CharSequence s, int i, int to) {
    if (i >= to) {
      return null;
    }
    if (Shapes.isDigit(s.charAt(i))) {
      int v = 0;
      int e = i;
      while (e < to && e - i < 2 && Shapes.isDigit(s.charAt(e))) {
        v = v * 10 + Shapes.digitValue(s.charAt(e));
        e++;
      }
      return v >= 1 && v <= 31 ? new int[] {v, e} : null;
    }
    int v = 0;
    int e = i;
    int tens = -1;
    while (e < to && e - i < 3) {
      char c = s.charAt(e);
      if (c == '十') {
        tens = v == 0 ? 1 : v;
        v = 0;
      } else {
        int d = "〇一二三四五六七八九".indexOf(c);
        if (d < 0) {
          break;
        }
        v = d;
      }
      e++;
    }
    if (e == i) {
      return null;
    }
    int value = tens >= 0 ? tens * 10 + v : v;
    return value >= 1 && value <= 31 ? new int[] {value, e} : null;
  }
}
