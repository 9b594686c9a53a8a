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
  }

  private Traditional() {}

  static String fold(String s) {
    char[] simplified = Holder.SIMPLIFIED;
    char[] out = null;
    for (int i = 0; i < s.length(); i++) {
      char simple = simplified[s.charAt(i)];
      if (simple != 0) {
        if (out == null) {
          out = s.toCharArray();
        }
        out[i] = simple;
      }
    }
    return out == null ? s : new String(out);
  }

  static List<String> fold(List<String> lines) {
    return lines.stream().map(Traditional::fold).toList();
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
