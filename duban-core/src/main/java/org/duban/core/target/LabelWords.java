package org.duban.core.target;

import java.util.EnumMap;
import java.util.Map;
import org.duban.core.lexicon.LexiconFile;
import org.duban.core.lexicon.WordTrie;
import org.duban.core.meta.Region;
import org.duban.core.meta.Regions;

/**
 * The words around an indicator's name in a label that do not change what is measured ({@code
 * label-words.tsv}): leading places, times and verbs, trailing 预期目标 or 增速, the predicate a label
 * dragged along, and the scope words that do change it. Loaded on first use.
 */
final class LabelWords {

  enum Category {
    LEAD,
    TAIL,
    PREDICATE,
    AFTER,
    BASE,
    NOTE,
    GENERIC,
    SCOPE
  }

  private static final class Holder {
    static final LabelWords INSTANCE = new LabelWords();
  }

  private final Map<Category, WordTrie<String>> words = new EnumMap<>(Category.class);

  private LabelWords() {
    Map<Category, WordTrie.Builder<String>> builders = new EnumMap<>(Category.class);
    for (Category c : Category.values()) {
      builders.put(c, WordTrie.builder());
    }
    for (String[] row : LexiconFile.rows("org/duban/core/target/label-words.tsv")) {
      if (row.length < 2) {
        throw new IllegalStateException(
            "label-words.tsv: a row needs a word and a category: " + String.join("\t", row));
      }
      String word = row[0].strip();
      builders.get(Category.valueOf(row[1].strip())).put(word, word);
    }
    builders.forEach((c, b) -> words.put(c, b.build()));
  }

  static LabelWords get() {
    return Holder.INSTANCE;
  }

  /** Whether {@code s} is one of the words of {@code category}. */
  boolean is(Category category, String s) {
    return !s.isEmpty() && words.get(category).contains(s);
  }

  /** The longest word of {@code category} starting at {@code pos}, or null. */
  String at(Category category, CharSequence s, int pos) {
    WordTrie.Match<String> m = words.get(category).longestAt(s, pos);
    return m == null ? null : m.value();
  }

  /**
   * What remains of {@code prefix} once the leading words, places and scope-free openers are taken
   * from its start: empty when nothing in it changes the indicator that follows.
   */
  String withoutLeads(String prefix, boolean singleCharacters) {
    int pos = 0;
    while (pos < prefix.length()) {
      String lead = at(Category.LEAD, prefix, pos);
      if (lead != null && (singleCharacters || lead.length() > 1)) {
        pos += lead.length();
        continue;
      }
      WordTrie.Match<Region> place = Regions.get().nameAt(prefix, pos);
      if (place != null && place.end() - pos >= 2) {
        pos = place.end();
        continue;
      }
      break;
    }
    return prefix.substring(pos);
  }

  /**
   * Whether {@code suffix}, what follows an indicator's name in a label, leaves the indicator as it
   * is: nothing, trailing words such as 预期目标, or a predicate such as 从去年的….
   */
  boolean harmlessTail(String suffix) {
    int pos = 0;
    while (pos < suffix.length()) {
      // 增速 is a trailing word before 增 opens a predicate: the longer reading wins.
      String tail = at(Category.TAIL, suffix, pos);
      if (tail != null) {
        pos += tail.length();
        continue;
      }
      return at(Category.PREDICATE, suffix, pos) != null || at(Category.AFTER, suffix, pos) != null;
    }
    return true;
  }

  /**
   * Where a predicate opens in {@code label} after its first two characters (or a word that opens
   * one only at the end closes it), or its length.
   */
  int predicateStart(String label) {
    for (int i = 2; i < label.length(); i++) {
      if (at(Category.PREDICATE, label, i) != null) {
        return i;
      }
      String after = at(Category.AFTER, label, i);
      if (after != null && i + after.length() == label.length()) {
        return i;
      }
    }
    return label.length();
  }

  /**
   * Where a comparison with a base opens in {@code label} after its first two characters (从去年的,
   * 比上年; a lone 比 or 较 only at the start, as they stand inside 比重 and 比较), or its length.
   */
  int baseStart(String label) {
    for (int i = 2; i < label.length(); i++) {
      String base = at(Category.BASE, label, i);
      if (base != null && (base.length() > 1 || base.equals("从") || base.equals("由"))) {
        return i;
      }
    }
    return label.length();
  }

  /** {@code label} without the trailing words at its end. */
  String withoutTails(String label) {
    String s = label;
    boolean cut = true;
    while (cut && s.length() > 2) {
      cut = false;
      for (int i = Math.max(1, s.length() - 8); i < s.length(); i++) {
        String tail = at(Category.TAIL, s, i);
        if (tail != null && i + tail.length() == s.length() && i >= 2) {
          s = s.substring(0, i);
          cut = true;
          break;
        }
      }
    }
    return s;
  }
}
