package org.duban.core.clean;

/**
 * Recognises the number that opens a list item or heading: 一、 （一） 1. （1） ① 第一部分 第一条 第一， 一是 ［1］.
 * Looks at a bounded number of characters, so it costs the same on any line.
 */
public final class ListNumbers {

  private static final String CN_NUMERALS = "一二三四五六七八九十百零〇";
  private static final int MAX_NUMERAL = 4;

  /** How an item is numbered; each style is a level of its own in an outline. */
  public enum Style {
    /** 第一部分, 第一章, 第一篇, 第一节. */
    PART,
    /** 一、. */
    CHINESE,
    /** （一）. */
    CHINESE_PAREN,
    /** 1. or 1、. */
    ARABIC,
    /** （1）. */
    ARABIC_PAREN,
    /** ①. */
    CIRCLED,
    /** 第一条. */
    ARTICLE,
    /** 第一，. */
    ORDINAL,
    /** 一是, 二要. */
    ENUMERATION,
    /** ［1］, [1]. */
    BRACKET
  }

  /**
   * A number at the start of a line.
   *
   * @param number the numeral as written ("二", "12")
   * @param end where the item's own text starts, after the number, its punctuation and spaces
   */
  public record Match(Style style, String number, int start, int end) {}

  private ListNumbers() {}

  /** The number opening {@code s} at {@code from}, or null. */
  public static Match match(CharSequence s, int from) {
    int n = s.length();
    if (from >= n) {
      return null;
    }
    char c = s.charAt(from);
    if (c == '第') {
      return ordinal(s, from);
    }
    if (c == '（' || c == '(') {
      return paren(s, from);
    }
    if (c == '［' || c == '[' || c == '【') {
      return bracket(s, from);
    }
    if (c >= '①' && c <= '⑳') {
      return done(s, Style.CIRCLED, String.valueOf(c - '①' + 1), from, from + 1);
    }
    if (Shapes.isDigit(c)) {
      int e = digits(s, from);
      if (e - from > 3 || e >= n) {
        return null;
      }
      char p = s.charAt(e);
      boolean dot = p == '.' || p == '．' || p == '、';
      if (!dot || (e + 1 < n && (Shapes.isDigit(s.charAt(e + 1)) || s.charAt(e + 1) == '%'))) {
        return null;
      }
      return done(s, Style.ARABIC, arabic(s, from, e), from, e + 1);
    }
    int e = numerals(s, from);
    if (e == from || e >= n) {
      return null;
    }
    char p = s.charAt(e);
    if (p == '、') {
      return done(s, Style.CHINESE, s.subSequence(from, e).toString(), from, e + 1);
    }
    if ((p == '是' || p == '要') && e - from <= 2 && e + 1 < n && !Shapes.isSpace(s.charAt(e + 1))) {
      return done(s, Style.ENUMERATION, s.subSequence(from, e).toString(), from, e + 1);
    }
    return null;
  }

  private static Match ordinal(CharSequence s, int from) {
    int e = numerals(s, from + 1);
    if (e == from + 1 || e >= s.length()) {
      return null;
    }
    String number = s.subSequence(from + 1, e).toString();
    char p = s.charAt(e);
    if (p == '条') {
      return done(s, Style.ARTICLE, number, from, e + 1);
    }
    if (p == '章' || p == '篇' || p == '节') {
      return done(s, Style.PART, number, from, e + 1);
    }
    if (p == '部' && e + 1 < s.length() && s.charAt(e + 1) == '分') {
      return done(s, Style.PART, number, from, e + 2);
    }
    if (p == '，' || p == ',' || p == '、') {
      return done(s, Style.ORDINAL, number, from, e + 1);
    }
    return null;
  }

  private static Match paren(CharSequence s, int from) {
    int i = skipSpaces(s, from + 1);
    int e = numerals(s, i);
    Style style = Style.CHINESE_PAREN;
    String number;
    if (e > i) {
      number = s.subSequence(i, e).toString();
    } else {
      e = digits(s, i);
      if (e == i || e - i > 3) {
        return null;
      }
      style = Style.ARABIC_PAREN;
      number = arabic(s, i, e);
    }
    e = skipSpaces(s, e);
    if (e >= s.length() || (s.charAt(e) != '）' && s.charAt(e) != ')')) {
      return null;
    }
    return done(s, style, number, from, e + 1);
  }

  private static Match bracket(CharSequence s, int from) {
    int e = digits(s, from + 1);
    if (e == from + 1 || e - from > 4 || e >= s.length()) {
      return null;
    }
    char close = s.charAt(e);
    if (close != '］' && close != ']' && close != '】') {
      return null;
    }
    return done(s, Style.BRACKET, arabic(s, from + 1, e), from, e + 1);
  }

  private static Match done(CharSequence s, Style style, String number, int start, int end) {
    return new Match(style, number, start, skipSpaces(s, end));
  }

  private static int numerals(CharSequence s, int from) {
    int e = from;
    while (e < s.length() && e - from < MAX_NUMERAL && CN_NUMERALS.indexOf(s.charAt(e)) >= 0) {
      e++;
    }
    return e < s.length() && CN_NUMERALS.indexOf(s.charAt(e)) >= 0 ? from : e;
  }

  private static int digits(CharSequence s, int from) {
    int e = from;
    while (e < s.length() && e - from < 5 && Shapes.isDigit(s.charAt(e))) {
      e++;
    }
    return e;
  }

  private static String arabic(CharSequence s, int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      b.append((char) ('0' + Shapes.digitValue(s.charAt(i))));
    }
    return b.toString();
  }

  private static int skipSpaces(CharSequence s, int i) {
    while (i < s.length() && Shapes.isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
