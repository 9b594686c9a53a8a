package org.duban.core.quantity;

/** Reads one number, in Arabic digits or Chinese numerals, at a position of a text. */
public final class NumberScanner {

  private static final double WAN = 1e4;
  private static final double YI = 1e8;

  private NumberScanner() {}

  public static boolean isArabicDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  /** The value of a Chinese digit character (〇 and 零 are 0, 两 is 2), or -1. */
  public static int chineseDigit(char c) {
    return switch (c) {
      case '〇', '零' -> 0;
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }

  /** The multiplier of a Chinese magnitude character 十百千万亿, or 0. */
  public static double chineseMagnitude(char c) {
    return switch (c) {
      case '十' -> 10;
      case '百' -> 100;
      case '千' -> 1000;
      case '万' -> WAN;
      case '亿' -> YI;
      default -> 0;
    };
  }

  public static boolean isChineseNumeral(char c) {
    return (CHINESE_NUMERALS[c >>> 6] & (1L << c)) != 0;
  }

  // isChineseNumeral is asked for every character of a text: one bit per character answers it
  // instead of the two switches.
  private static final long[] CHINESE_NUMERALS = new long[(Character.MAX_VALUE + 1) / 64];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (chineseDigit((char) c) >= 0 || chineseMagnitude((char) c) > 0) {
        CHINESE_NUMERALS[c >>> 6] |= 1L << c;
      }
    }
  }

  /** The number starting at {@code pos}, or null when none starts there. */
  public static NumberToken scan(CharSequence s, int pos) {
    if (pos >= s.length()) {
      return null;
    }
    char c = s.charAt(pos);
    if (isArabicDigit(c)) {
      return arabic(s, pos);
    }
    if (isChineseNumeral(c)) {
      return chinese(s, pos);
    }
    return null;
  }

  private static NumberToken arabic(CharSequence s, int pos) {
    long mantissa = 0; // the digits read so far as one whole number, while there are few
    int digits = 0;
    int decimals = 0;
    int i = pos;
    while (i < s.length() && isArabicDigit(s.charAt(i))) {
      mantissa = mantissa * 10 + (asciiDigit(s.charAt(i)) - '0');
      digits++;
      i++;
    }
    // Thousands separators ("1,234,567"): ASCII commas, each followed by exactly three digits.
    if (digits <= 3) {
      while (i < s.length()
          && s.charAt(i) == ','
          && threeDigitsAt(s, i + 1)
          && (i + 4 >= s.length() || !isArabicDigit(s.charAt(i + 4)))) {
        for (int k = i + 1; k < i + 4; k++) {
          mantissa = mantissa * 10 + (asciiDigit(s.charAt(k)) - '0');
          digits++;
        }
        i += 4;
      }
    }
    if (i + 1 < s.length()
        && (s.charAt(i) == '.' || s.charAt(i) == '．')
        && isArabicDigit(s.charAt(i + 1))) {
      i++;
      while (i < s.length() && isArabicDigit(s.charAt(i))) {
        mantissa = mantissa * 10 + (asciiDigit(s.charAt(i)) - '0');
        digits++;
        decimals++;
        i++;
      }
    }
    return new NumberToken(
        pos,
        i,
        value(s, pos, i, mantissa, digits, decimals),
        NumeralKind.ARABIC,
        1,
        false,
        true,
        false);
  }

  /**
   * The double nearest the decimal written in {@code s[from, to)}, as 2286.2 must be: at most 15
   * digits are exact as a double, and so is 10^decimals, so their quotient is rounded once, to the
   * nearest double, as Double.parseDouble would (its own fast path); longer numbers are parsed.
   */
  private static double value(
      CharSequence s, int from, int to, long mantissa, int digits, int decimals) {
    if (digits <= 15) {
      return decimals == 0 ? mantissa : mantissa / POWERS_OF_TEN[decimals];
    }
    StringBuilder written = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (isArabicDigit(c)) {
        written.append(asciiDigit(c));
      } else if (c == '.' || c == '．') {
        written.append('.');
      } // else a thousands separator
    }
    return Double.parseDouble(written.toString());
  }

  private static final double[] POWERS_OF_TEN = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
  };

  private static char asciiDigit(char c) {
    return c <= '9' ? c : (char) ('0' + (c - '０'));
  }

  private static boolean threeDigitsAt(CharSequence s, int i) {
    return i + 3 <= s.length()
        && isArabicDigit(s.charAt(i))
        && isArabicDigit(s.charAt(i + 1))
        && isArabicDigit(s.charAt(i + 2));
  }

  private static double roundToDigits(double value, int decimals) {
    return new java.math.BigDecimal(value)
        .setScale(decimals, java.math.RoundingMode.HALF_EVEN)
        .doubleValue();
  }

  private static NumberToken chinese(CharSequence s, int pos) {
    double total = 0; // everything up to the last 万 or 亿
    double section = 0; // the part below 万 since then
    double digit = -1; // the last digit not yet multiplied, or -1
    int lastDigit = -1; // the digit just before, while digits run on; -1 after a magnitude
    boolean consecutiveDigits = false;
    boolean onlyDigits = true;
    boolean hasZero = false;
    double trailing = 1;
    boolean approximate = false;
    int i = pos;
    while (i < s.length()) {
      char c = s.charAt(i);
      if ((c == '多' || c == '余')
          && i > pos
          && i + 1 < s.length()
          && chineseMagnitude(s.charAt(i + 1)) >= WAN) {
        approximate = true; // 七百多万: the magnitude after 多 still belongs to the numeral
        i++;
        continue;
      }
      int d = chineseDigit(c);
      double m = chineseMagnitude(c);
      if (d >= 0) {
        hasZero |= d == 0;
        consecutiveDigits |= lastDigit > 0 && d > 0;
        digit = d;
        lastDigit = d;
        trailing = 1;
      } else if (m > 0) {
        onlyDigits = false;
        double multiplicand = digit < 0 ? 1 : digit;
        if (m < WAN) {
          section += multiplicand * m;
          trailing = 1;
        } else {
          double below = section + (digit < 0 ? 0 : digit);
          double base = total + (below == 0 && total == 0 ? 1 : below);
          if (m == WAN) {
            total = total + (below == 0 ? 1 : below) * WAN;
            trailing = WAN;
          } else {
            total = base * YI;
            trailing = trailing == WAN && below == 0 ? WAN * YI : YI;
          }
          section = 0;
        }
        digit = -1;
        lastDigit = -1;
      } else if (c == '点' && i > pos && i + 1 < s.length() && chineseDigit(s.charAt(i + 1)) >= 0) {
        double whole = section + Math.max(digit, 0);
        double scale = 0.1;
        int j = i + 1;
        while (j < s.length() && chineseDigit(s.charAt(j)) >= 0) {
          whole += chineseDigit(s.charAt(j)) * scale;
          scale /= 10;
          j++;
        }
        digit = roundToDigits(whole, j - i - 1);
        section = 0;
        lastDigit = -1;
        onlyDigits = false;
        trailing = 1;
        i = j;
        continue;
      } else {
        break;
      }
      i++;
    }
    int end = i;
    if (onlyDigits) {
      int length = end - pos;
      if (length == 1) {
        return new NumberToken(pos, end, digit, NumeralKind.CHINESE, 1, false, true, false);
      }
      double value = 0;
      for (int k = pos; k < end; k++) {
        value = value * 10 + chineseDigit(s.charAt(k));
      }
      boolean positional = length >= 3 || hasZero;
      return new NumberToken(pos, end, value, NumeralKind.POSITIONAL, 1, false, positional, false);
    }
    double value = total + section + Math.max(digit, 0);
    boolean bare = !hasDigitIn(s, pos, end);
    return new NumberToken(
        pos, end, value, NumeralKind.CHINESE, trailing, bare, !consecutiveDigits, approximate);
  }

  private static boolean hasDigitIn(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (chineseDigit(s.charAt(i)) > 0) {
        return true;
      }
    }
    return false;
  }
}
