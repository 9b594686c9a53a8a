package org.duban.core.quantity;

import java.util.Locale;
import org.duban.core.lexicon.LexiconFile;
import org.duban.core.lexicon.WordTrie;

/** The qualifier words of {@code qualifiers.tsv}: 约, 超过, 不少于 before a figure; 左右, 以上 after. */
public final class QualifierLexicon {

  private static final String PATH = "org/duban/core/quantity/qualifiers.tsv";

  private static final class Holder {
    static final QualifierLexicon INSTANCE = new QualifierLexicon();
  }

  private final WordTrie<Qualifier> before;
  private final WordTrie<Qualifier> after;

  private QualifierLexicon() {
    WordTrie.Builder<Qualifier> b = WordTrie.builder();
    WordTrie.Builder<Qualifier> a = WordTrie.builder();
    for (String[] row : LexiconFile.rows(PATH)) {
      Qualifier q = Qualifier.valueOf(row[2].strip().toUpperCase(Locale.ROOT));
      switch (row[1].strip()) {
        case "before" -> b.put(row[0], q);
        case "after" -> a.put(row[0], q);
        default -> throw new IllegalStateException(PATH + ": unknown position " + row[1]);
      }
    }
    before = b.build();
    after = a.build();
  }

  public static QualifierLexicon get() {
    return Holder.INSTANCE;
  }

  /** The qualifier word ending just before {@code end}, not reaching before {@code limit}. */
  public WordTrie.Match<Qualifier> before(CharSequence text, int end, int limit) {
    return before.longestEndingAt(text, end, limit);
  }

  /** The qualifier word starting at {@code pos}, or null. */
  public WordTrie.Match<Qualifier> after(CharSequence text, int pos) {
    return after.longestAt(text, pos);
  }
}
