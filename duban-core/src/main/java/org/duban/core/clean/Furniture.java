package org.duban.core.clean;

import java.util.Locale;

/**
 * Finds the page furniture of a scraped page by the shape of its lines: counters ("查看: 69"), menus
 * of short words, breadcrumbs, lines without a Chinese character, image file names, form fields,
 * and the short lines around them in the zone before the body's first sentence and after its last.
 */
final class Furniture {

  private static final int HEADER_WEAK = 10;
  private static final int HEADER_TINY = 4;
  private static final int FOOTER_WEAK = 15;
  private static final int SHORT_LINE = 80;
  private static final int COLOPHON = 20;

  private enum Shape {
    BLANK,
    STRONG,
    WEAK,
    PROSE,
    OTHER
  }

  private Furniture() {}

  /**
   * The lines to drop, and where the body's first and last sentence lines are (-1 when there is no
   * sentence at all).
   */
  record Verdict(boolean[] drop, int firstProse, int lastProse) {}

  /** Judges {@code lines}, which are trimmed and free of markup. */
  static Verdict find(String[] lines, boolean[] listItem) {
    int n = lines.length;
    boolean[] drop = new boolean[n];
    int[] length = new int[n];
    int firstProse = -1;
    int lastProse = -1;
    for (int i = 0; i < n; i++) {
      String s = lines[i];
      length[i] = s.length() > 400 ? 400 : Shapes.length(s);
      if (Shapes.isProse(s, length[i])) {
        if (firstProse < 0) {
          firstProse = i;
        }
        lastProse = i;
      }
      if (length[i] <= SHORT_LINE && isImageFile(s)) {
        drop[i] = true;
      }
    }
    if (firstProse < 0) {
      return new Verdict(drop, -1, -1);
    }
    header(lines, listItem, length, firstProse, drop);
    footer(lines, listItem, length, lastProse + 1, drop);
    return new Verdict(drop, firstProse, lastProse);
  }

  private static void header(
      String[] lines, boolean[] listItem, int[] length, int end, boolean[] drop) {
    Shape[] shape = new Shape[end];
    int lastStrong = -1;
    for (int i = 0; i < end; i++) {
      shape[i] = shape(lines[i], listItem[i], length[i], HEADER_WEAK, true);
      if (shape[i] == Shape.STRONG) {
        lastStrong = i;
        drop[i] = true;
      }
    }
    // menus above the last counter or breadcrumb are furniture
    for (int i = 0; i < lastStrong; i++) {
      if (shape[i] == Shape.WEAK) {
        drop[i] = true;
      }
    }
    // very short lines right after it too; the title block that follows is kept
    for (int i = lastStrong + 1; i > 0 && i < end; i++) {
      if (shape[i] == Shape.BLANK) {
        continue;
      }
      if (shape[i] != Shape.WEAK || length[i] > HEADER_TINY) {
        break;
      }
      drop[i] = true;
    }
  }

  private static void footer(
      String[] lines, boolean[] listItem, int[] length, int start, boolean[] drop) {
    int n = lines.length;
    boolean anyStrong = false;
    Shape[] shape = new Shape[n];
    for (int i = start; i < n; i++) {
      drop[i] |= isColophon(lines[i], length[i]);
      shape[i] = shape(lines[i], listItem[i], length[i], FOOTER_WEAK, false);
      anyStrong |= shape[i] == Shape.STRONG;
    }
    if (!anyStrong) {
      return;
    }
    for (int i = start; i < n; i++) {
      if (shape[i] == Shape.STRONG || shape[i] == Shape.WEAK) {
        drop[i] = true;
      }
    }
  }

  private static Shape shape(
      String s, boolean listItem, int length, int weakLength, boolean needsNoSentenceEnd) {
    if (s.isEmpty() || Shapes.isSeparatorLine(s)) {
      return Shape.BLANK;
    }
    if (length > SHORT_LINE) {
      return Shape.PROSE;
    }
    if (Shapes.isDateLine(s)) {
      return Shape.OTHER;
    }
    if (isStrong(s, listItem, length)) {
      return Shape.STRONG;
    }
    if (ListNumbers.match(s, 0) != null) {
      return Shape.OTHER;
    }
    if (length <= weakLength && !(needsNoSentenceEnd && Shapes.hasSentenceEnd(s))) {
      return Shape.WEAK;
    }
    return Shape.OTHER;
  }

  private static boolean isStrong(String s, boolean listItem, int length) {
    boolean sentence = s.indexOf('。') >= 0 || s.indexOf('；') >= 0;
    if (sentence) {
      return false;
    }
    return (listItem && length <= HEADER_WEAK)
        || !Shapes.hasHan(s)
        || isImageFile(s)
        || hasCounter(s)
        || s.indexOf('|') >= 0
        || s.indexOf('｜') >= 0
        || isBreadcrumb(s)
        || isBracketTag(s, length)
        || isFormField(s)
        || isMenu(s)
        || s.indexOf('©') >= 0
        || s.contains("ICP");
  }

  /** "（共印 1100 份）": a printed document's note of its print run, below the body. */
  private static boolean isColophon(String s, int length) {
    if (length < 3 || length > COLOPHON) {
      return false;
    }
    char open = s.charAt(0);
    char close = s.charAt(s.length() - 1);
    return (open == '(' || open == '（')
        && (close == ')' || close == '）')
        && !Shapes.hasSentenceEnd(s);
  }

  /** "查看: 69", "签到天数: 721 天", "浏览量:662": a label, a colon and a count (not a date). */
  static boolean hasCounter(String s) {
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ':' && c != '：') {
        continue;
      }
      char before = s.charAt(i - 1);
      if (Shapes.isSpace(before) || Shapes.isSentenceEnd(before)) {
        continue;
      }
      int j = i + 1;
      while (j < s.length() && Shapes.isSpace(s.charAt(j))) {
        j++;
      }
      int digits = 0;
      while (j < s.length() && (Shapes.isDigit(s.charAt(j)) || s.charAt(j) == ',')) {
        j++;
        digits++;
      }
      if (digits == 0) {
        continue;
      }
      if (j < s.length() && "-/年:：.".indexOf(s.charAt(j)) >= 0) {
        continue;
      }
      if (endsCounter(s, j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a counter's number, ending at {@code j}, ends its field: the line, a space or a bar
   * follows, maybe after a short unit (721 天). “原标题：12个城市…” goes on as a sentence.
   */
  private static boolean endsCounter(String s, int j) {
    int unit = 0;
    while (j < s.length() && unit <= 2 && !Shapes.isSpace(s.charAt(j))) {
      char c = s.charAt(j);
      if (c == '|' || c == '｜') {
        return true;
      }
      j++;
      unit++;
    }
    return unit <= 2 && (j == s.length() || Shapes.isSpace(s.charAt(j)));
  }

  private static boolean isBreadcrumb(String s) {
    return s.indexOf('>') >= 0 || s.indexOf('＞') >= 0 || s.indexOf('»') >= 0 || s.indexOf('›') >= 0;
  }

  /** "[复制链接]", "[LV.9]以坛为家": a short line opening with a bracketed tag. */
  private static boolean isBracketTag(String s, int length) {
    if (length > 16) {
      return false;
    }
    char c = s.charAt(0);
    return (c == '[' && s.indexOf(']') > 0) || (c == '［' && s.indexOf('］') > 0);
  }

  /** "您的姓名:*": a form field label with its required-field star. */
  private static boolean isFormField(String s) {
    return s.endsWith(":*") || s.endsWith("：*") || s.endsWith("*:") || s.endsWith("*：");
  }

  /** "快速回复 返回顶部 返回列表": three or more short Chinese words separated by spaces. */
  private static boolean isMenu(String s) {
    int words = 0;
    int word = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || Shapes.isSpace(s.charAt(i))) {
        if (word > 0) {
          if (word < 2 || word > 4) {
            return false;
          }
          words++;
        }
        word = 0;
      } else if (Shapes.isHan(s.charAt(i))) {
        word++;
      } else {
        return false;
      }
    }
    return words >= 3;
  }

  static boolean isImageFile(String s) {
    int dot = s.lastIndexOf('.');
    if (dot <= 0 || s.length() - dot > 5) {
      return false;
    }
    String ext = s.substring(dot + 1).toLowerCase(Locale.ROOT);
    return switch (ext) {
      case "jpg", "jpeg", "png", "gif", "webp", "bmp", "svg" -> true;
      default -> false;
    };
  }
}
