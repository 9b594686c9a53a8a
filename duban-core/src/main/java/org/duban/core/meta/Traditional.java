package org.duban.core.meta;

import java.util.List;
import org.duban.core.lexicon.LexiconFile;

/**
 * Folds the traditional characters of {@code traditional.tsv} to their simplified forms, so that
 * the cues of a document's metadata are found in a text written in traditional characters (a report
 * of the 1950s: "全國人民代表大會第一次會議").
 */
final class Traditional {

  private static final class Holder {
    static final char[] SIMPLIFIED = load();
    // one bit per char that has a simplified form: 8 KB that stay in cache, where the table is 128
    static final long[] FOLDS = folds(SIMPLIFIED);
  }

  private Traditional() {}

  static String fold(String s) {
    long[] folds = Holder.FOLDS;
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((folds[c >>> 6] & (1L << c)) != 0) {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = Holder.SIMPLIFIED[c];
      }
    }
    return out == null ? s : new String(out);
  }

  static List<String> fold(List<String> lines) {
    return lines.stream().map(Traditional::fold).toList();
  }

  private static long[] folds(char[] simplified) {
    long[] bits = new long[simplified.length / 64];
    for (int c = 0; c < simplified.length; c++) {
      if (simplified[c] != 0) {
        bits[c >>> 6] |= 1L << c;
      }
    }
    return bits;
  }

  /** A table from every char to its simplified form, 0 where it has none. */
  private static char[] load() {
    char[] table = new char[Character.MAX_VALUE + 1];
    for (String line : LexiconFile.lines(Traditional.class, "traditional.tsv")) {
      String[] f = line.split("\t");
      table[f[0].charAt(0)] = f[1].charAt(0);
    }
    return table;
  }
}
