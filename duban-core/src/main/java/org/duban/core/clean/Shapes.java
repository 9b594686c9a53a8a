package org.duban.core.clean;

import java.util.function.IntPredicate;

/**
 * Character classes and line shapes shared by the document stages: what a Chinese character, a
 * sentence end, a list number or a date-only line looks like. All checks are linear scans.
 */
public final class Shapes {

  private static final int PHOTO_CREDIT = 60;

  private static final String CLOSERS = "”’」』）)】》〕";
  private static final String CN_DIGITS = "〇零一二两三四五六七八九十百";
  private static final int MAX_TAG = 12;

  private Shapes() {}

  public static boolean isHan(int cp) {
    if (cp >= 0x4E00 && cp <= 0x9FFF) {
      return true;
    }
    return cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /** Whitespace including the full-width space, no-break space and the byte-order mark. */
  public static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u3000'
        || c == '\u00A0'
        || c == '\uFEFF'
        || c == '\u200B'
        || c == '\r'
        || c == '\f'
        || c == '\u000B'
        || Character.isSpaceChar(c);
  }

  /** A mark that closes a sentence: 。！？； and their half-width kin. */
  public static boolean isSentenceEnd(char c) {
    // a switch rather than indexOf in a string of the marks: asked for most characters of every
    // paragraph
    return switch (c) {
      case '。', '！', '？', '；', '!', '?', ';', '…' -> true;
      default -> false;
    };
  }

  /** A closing quote or bracket, which may follow a sentence end. */
  public static boolean isCloser(char c) {
    return CLOSERS.indexOf(c) >= 0;
  }

  /** A digit 0-9 in half or full width. */
  public static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  /** The value of a half- or full-width digit. */
  public static int digitValue(char c) {
    return c >= '０' ? c - '０' : c - '0';
  }

  /** A Chinese numeral character as used in list numbers and dates (一 … 十, 百, 〇, 零, 两). */
  public static boolean isChineseDigit(char c) {
    return CN_DIGITS.indexOf(c) >= 0;
  }

  /** True when {@code s} holds at least one Han character. */
  public static boolean hasHan(CharSequence s) {
    return any(s, Shapes::isHan);
  }

  private static boolean any(CharSequence s, IntPredicate test) {
    for (int i = 0; i < s.length(); i++) {
      if (test.test(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The length of {@code s} for judging shapes: its UTF-16 length, which counts the characters of
   * Chinese text exactly and costs nothing.
   */
  public static int length(String s) {
    return s.length();
  }

  /**
   * True when {@code s} (a trimmed line) ends a sentence: its last character, or the last one
   * before closing quotes and brackets, is a sentence end or a colon.
   */
  public static boolean endsSentence(String s) {
    int i = s.length() - 1;
    while (i >= 0 && isCloser(s.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = s.charAt(i);
    return isSentenceEnd(c) || c == '：' || c == ':' || c == '。';
  }

  /** True when {@code s} contains a sentence end anywhere. */
  public static boolean hasSentenceEnd(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isSentenceEnd(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** "本报记者 李明 摄", "（新华社记者 王五 摄）": the credit under a photo, a line of its own. */
  public static boolean isPhotoCredit(String line) {
    int end = line.length();
    while (end > 0
        && (Character.isWhitespace(line.charAt(end - 1))
            || "）)".indexOf(line.charAt(end - 1)) >= 0)) {
      end--;
    }
    return end > 1 && line.charAt(end - 1) == '摄' && length(line) <= PHOTO_CREDIT;
  }

  /**
   * True when {@code s} is only a date, optionally with a time: "2025-07-09", "2024-3-25 19:40:52",
   * "2024年3月8日", "二〇二四年三月八日".
   */
  public static boolean isDateLine(String s) {
    if (s.length() < 6
        || s.length() > 30
        || !isDigit(s.charAt(0)) && !isChineseDigit(s.charAt(0))) {
      return false;
    }
    Dates.Found date = Dates.find(s, 0, s.length());
    if (date == null) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (i >= date.start() && i < date.end()) {
        continue;
      }
      char c = s.charAt(i);
      if (!isDigit(c) && c != ':' && c != '：' && !isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code s} is a separator line: only dashes, rules or stars, as between the articles
   * of a feed or a markdown horizontal rule.
   */
  public static boolean isSeparatorLine(String s) {
    if (s.isEmpty() || s.length() > 80) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("-—–=*_~·─━".indexOf(c) < 0 && !isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A line of a document's body: a sentence of some length, or simply a long line of Chinese text.
   *
   * @param length the line's length in code points (lines longer than 400 may pass 400)
   */
  public static boolean isProse(String s, int length) {
    if (length < 10 || !hasHan(s)) {
      return false;
    }
    if (length >= 50) {
      return true;
    }
    if (length >= 20 && hasSentenceEnd(s)) {
      return true;
    }
    return s.endsWith("。");
  }

  /** A headline without the channel tag a portal puts before it: "【黄浦区招商】2019年…", "[上海] 2024年…". */
  public static String withoutTag(String line) {
    if (line.isEmpty()) {
      return line;
    }
    char open = line.charAt(0);
    char close = open == '【' ? '】' : open == '[' ? ']' : open == '［' ? '］' : 0;
    int end = close == 0 ? -1 : line.indexOf(close);
    if (end > 0 && end <= MAX_TAG && end + 1 < line.length()) {
      return line.substring(end + 1).strip();
    }
    return line;
  }
}
