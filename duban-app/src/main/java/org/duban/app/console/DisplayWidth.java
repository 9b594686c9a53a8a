package org.duban.app.console;

/** Column widths of text on a terminal: East Asian wide characters take two columns. */
public final class DisplayWidth {

  private DisplayWidth() {}

  public static int of(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      width += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  /** {@code s} cut to at most {@code columns} columns, with … where it was cut. */
  public static String truncate(String s, int columns) {
    if (of(s) <= columns) {
      return s;
    }
    StringBuilder b = new StringBuilder();
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int w = isWide(cp) ? 2 : 1;
      if (width + w > columns - 1) {
        break;
      }
      b.appendCodePoint(cp);
      width += w;
      i += Character.charCount(cp);
    }
    return b.append('…').toString();
  }

  /** {@code s} padded with spaces to {@code columns} columns. */
  public static String pad(String s, int columns) {
    int missing = columns - of(s);
    return missing <= 0 ? s : s + " ".repeat(missing);
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
