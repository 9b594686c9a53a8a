package org.duban.core.clean;

import java.util.Arrays;
import org.duban.core.text.MappedText;

/**
 * First cleaning pass: one output line per source line, trimmed, with markdown markup taken out
 * (heading marks, quote and list marks, bold stars, link and image syntax). What the markup said is
 * kept per line: heading depth, list item, the bold run that opens the line.
 */
final class MarkupStripper {

  private static final int LINK_TEXT_LIMIT = 300;
  private static final int LINK_TARGET_LIMIT = 500;

  /** The stripped text and, per line, what its markup said. */
  static final class Stripped {
    final MappedText text;
    final int[] lineStarts;
    final int[] lineEnds;
    final int[] headingDepth;
    final boolean[] listItem;
    // offsets into text of the first bold run of the line, or -1
    final int[] boldStart;
    final int[] boldEnd;

    Stripped(MappedText text, Lines lines) {
      this.text = text;
      this.lineStarts = Arrays.copyOf(lines.starts, lines.size);
      this.lineEnds = Arrays.copyOf(lines.ends, lines.size);
      this.headingDepth = Arrays.copyOf(lines.depth, lines.size);
      this.listItem = Arrays.copyOf(lines.list, lines.size);
      this.boldStart = Arrays.copyOf(lines.boldStart, lines.size);
      this.boldEnd = Arrays.copyOf(lines.boldEnd, lines.size);
    }

    int size() {
      return lineStarts.length;
    }
  }

  private static final class Lines {
    int[] starts = new int[64];
    int[] ends = new int[64];
    int[] depth = new int[64];
    boolean[] list = new boolean[64];
    int[] boldStart = new int[64];
    int[] boldEnd = new int[64];
    int size;

    void add(int start, int end, int d, boolean l, int bs, int be) {
      if (size == starts.length) {
        int n = size * 2;
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        depth = Arrays.copyOf(depth, n);
        list = Arrays.copyOf(list, n);
        boldStart = Arrays.copyOf(boldStart, n);
        boldEnd = Arrays.copyOf(boldEnd, n);
      }
      starts[size] = start;
      ends[size] = end;
      depth[size] = d;
      list[size] = l;
      boldStart[size] = bs;
      boldEnd[size] = be;
      size++;
    }
  }

  private final String source;
  private final MappedText.Builder out;
  private final Lines lines = new Lines();
  private int firstBoldStart;
  private int firstBoldEnd;

  private MarkupStripper(String source) {
    this.source = source;
    this.out = MappedText.builder(source);
  }

  static Stripped strip(String source) {
    MarkupStripper s = new MarkupStripper(source);
    s.run();
    return new Stripped(s.out.build(source.length()), s.lines);
  }

  private void run() {
    int n = source.length();
    int i = 0;
    while (true) {
      int e = i;
      while (e < n && source.charAt(e) != '\n' && source.charAt(e) != '\r') {
        e++;
      }
      line(i, e);
      if (e >= n) {
        break;
      }
      int next = e + 1;
      if (source.charAt(e) == '\r' && next < n && source.charAt(next) == '\n') {
        next++;
      }
      out.appendSynthetic('\n', e);
      i = next;
    }
  }

  private void line(int from, int to) {
    int start = out.length();
    int cs = skipSpace(from, to);
    int ce = trimEnd(cs, to);
    int depth = 0;
    boolean list = false;
    firstBoldStart = -1;
    firstBoldEnd = -1;
    if (cs < ce && !isSeparator(cs, ce)) {
      int hashes = 0;
      while (cs + hashes < ce && hashes < 7 && source.charAt(cs + hashes) == '#') {
        hashes++;
      }
      if (hashes >= 1
          && hashes <= 6
          && (cs + hashes == ce || isBlank(source.charAt(cs + hashes)))) {
        depth = hashes;
        cs = skipSpace(cs + hashes, ce);
        ce = trimClosingHashes(cs, ce);
      }
      while (cs < ce
          && source.charAt(cs) == '>'
          && (cs + 1 == ce || isBlank(source.charAt(cs + 1)))) {
        cs = skipSpace(cs + 1, ce);
      }
      int marker = listMarker(cs, ce);
      if (marker > 0) {
        list = true;
        cs = skipSpace(cs + marker, ce);
      }
      inline(cs, ce);
    } else {
      out.appendSource(cs, ce);
    }
    lines.add(start, out.length(), depth, list, firstBoldStart, firstBoldEnd);
  }

  private boolean isSeparator(int cs, int ce) {
    return ce - cs <= 80
        && "-—–=*_~·─━".indexOf(source.charAt(cs)) >= 0
        && Shapes.isSeparatorLine(source.substring(cs, ce));
  }

  /** Copies {@code [from, to)} without bold stars and link syntax. */
  private void inline(int from, int to) {
    int run = from;
    int j = from;
    boolean bold = false;
    while (j < to) {
      char c = source.charAt(j);
      if (c == '*' && j + 1 < to && source.charAt(j + 1) == '*') {
        out.appendSource(run, j);
        int stars = j + 2;
        if (stars < to && source.charAt(stars) == '*') {
          stars++;
        }
        bold = !bold;
        if (bold && firstBoldStart < 0) {
          firstBoldStart = out.length();
        } else if (!bold && firstBoldEnd < 0 && firstBoldStart >= 0) {
          firstBoldEnd = out.length();
        }
        j = stars;
        run = j;
        continue;
      }
      if (c == '[' || (c == '!' && j + 1 < to && source.charAt(j + 1) == '[')) {
        int open = c == '!' ? j + 1 : j;
        int close = find("](", open + 1, Math.min(to, open + 1 + LINK_TEXT_LIMIT));
        int paren =
            close < 0 ? -1 : find(")", close + 2, Math.min(to, close + 2 + LINK_TARGET_LIMIT));
        if (paren >= 0) {
          out.appendSource(run, j);
          if (c != '!') {
            out.appendSource(open + 1, close);
          }
          j = paren + 1;
          run = j;
          continue;
        }
      }
      j++;
    }
    out.appendSource(run, to);
    if (firstBoldStart >= 0 && firstBoldEnd < 0) {
      firstBoldEnd = out.length();
    }
  }

  private int find(String needle, int from, int limit) {
    for (int i = from; i + needle.length() <= limit; i++) {
      if (source.startsWith(needle, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Length of a list mark ("- ", "* ", "+ ", "• ") at {@code cs}, or 0. */
  private int listMarker(int cs, int ce) {
    if (cs + 1 >= ce) {
      return 0;
    }
    char c = source.charAt(cs);
    char next = source.charAt(cs + 1);
    if ("•·●◆▪■□○◇".indexOf(c) >= 0) {
      return 1;
    }
    if ((c == '-' || c == '*' || c == '+') && isBlank(next)) {
      return 2;
    }
    return 0;
  }

  private int trimClosingHashes(int cs, int ce) {
    int e = ce;
    while (e > cs && source.charAt(e - 1) == '#') {
      e--;
    }
    if (e < ce && e > cs && isBlank(source.charAt(e - 1))) {
      return trimEnd(cs, e);
    }
    return ce;
  }

  private int skipSpace(int from, int to) {
    while (from < to && isBlank(source.charAt(from))) {
      from++;
    }
    return from;
  }

  private int trimEnd(int from, int to) {
    while (to > from && isBlank(source.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  private static boolean isBlank(char c) {
    return Shapes.isSpace(c);
  }
}
