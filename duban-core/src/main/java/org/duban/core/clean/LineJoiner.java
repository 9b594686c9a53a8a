package org.duban.core.clean;

/**
 * Decides where a line break is an artefact of conversion (a PDF page or column break inside a
 * sentence) rather than the end of a paragraph: the line stops without sentence punctuation and the
 * next one carries on, and the line is long, or ends on a comma, or the break sits inside a quote.
 * Headings are never joined to what follows them.
 */
final class LineJoiner {

  private static final int LONG_LINE = 20;
  private static final int HEADING_LENGTH = 50;
  private static final int FRAGMENT = 8;
  private static final String OPENS = "，、,（(《“‘「『［";
  private static final String CONTINUES = "，。、；：,;:”’」』》）)%";

  private final int wrapWidth;

  private LineJoiner(int wrapWidth) {
    this.wrapWidth = wrapWidth;
  }

  /** A joiner for a document whose non-blank lines are {@code lines}. */
  static LineJoiner forLines(String[] lines) {
    return new LineJoiner(wrapWidth(lines));
  }

  /**
   * Whether {@code next} continues the paragraph that ends with {@code last}.
   *
   * @param first the paragraph's first line
   * @param firstIsHeading whether the layout marked the first line a heading (markdown, bold)
   * @param blanks the number of blank lines between them
   * @param outside whether the lines stand above the body's first sentence or below its last, among
   *     titles, subtitles and signatures: short lines without punctuation but no broken sentences
   */
  boolean joins(
      String first, boolean firstIsHeading, String last, String next, int blanks, boolean outside) {
    if (last.isEmpty()
        || next.isEmpty()
        || firstIsHeading
        || looksLikeHeading(first)
        || isSubtitle(first)) {
      return false;
    }
    if (Shapes.endsSentence(last) || startsBlock(next) || Shapes.isPhotoCredit(last)) {
      return false;
    }
    char end = last.charAt(last.length() - 1);
    if (OPENS.indexOf(end) >= 0 || CONTINUES.indexOf(next.charAt(0)) >= 0) {
      return true;
    }
    int length = Shapes.length(last);
    if (blanks >= 1 && length >= LONG_LINE && (!outside || hasComma(last))) {
      return true;
    }
    // 广义货币M / 2 / 增长11.3%: a subscript or a link set on a line of its own inside a sentence
    boolean fragmentInside =
        blanks == 0
            && !outside
            && Shapes.length(first) >= LONG_LINE
            && (isFragment(next) && length >= LONG_LINE || isFragment(last));
    if (fragmentInside) {
      return true;
    }
    return blanks == 0 && wrapWidth > 0 && length >= wrapWidth - 3;
  }

  /** A numbered line short and without a full stop: a heading ("（一）聚焦改革创新"), not a paragraph. */
  private static boolean looksLikeHeading(String line) {
    ListNumbers.Match m = ListNumbers.match(line, 0);
    return m != null
        && m.style() != ListNumbers.Style.ENUMERATION
        && Shapes.length(line) <= HEADING_LENGTH
        && !Shapes.hasSentenceEnd(line);
  }

  /** "——2024年1月16日在…会议上": the line under a report's title. */
  private static boolean isSubtitle(String line) {
    char c = line.charAt(0);
    return c == '—' || c == '―' || c == '－' || (c == '-' && line.startsWith("--"));
  }

  private static boolean isFragment(String line) {
    return Shapes.length(line) <= FRAGMENT && !Shapes.endsSentence(line) && !startsBlock(line);
  }

  private static boolean hasComma(String line) {
    return line.indexOf('，') >= 0 || line.indexOf('、') >= 0 || line.indexOf(',') >= 0;
  }

  /** A line that starts something new: a number, a dash-led subtitle, a date, a separator. */
  private static boolean startsBlock(String line) {
    char c = line.charAt(0);
    return ListNumbers.match(line, 0) != null
        || c == '—'
        || c == '－'
        || Shapes.isDateLine(line)
        || Shapes.isSeparatorLine(line);
  }

  /**
   * The width text was wrapped at, when most long lines have about the same length (the text of a
   * PDF page); 0 when lines are paragraphs.
   */
  private static int wrapWidth(String[] lines) {
    int[] histogram = new int[201];
    int counted = 0;
    for (String line : lines) {
      int n = line.length() > 200 ? 200 : Shapes.length(line);
      if (n >= 10) {
        histogram[n]++;
        counted++;
      }
    }
    int best = 0;
    int bestCount = 0;
    for (int m = 15; m < 200; m++) {
      int count = histogram[m] + histogram[m - 1] + histogram[m - 2];
      if (count > bestCount) {
        bestCount = count;
        best = m;
      }
    }
    return bestCount >= 5 && bestCount * 10 >= counted * 4 ? best : 0;
  }
}
