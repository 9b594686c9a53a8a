package org.duban.core.quantity;

import org.duban.core.lexicon.LexiconFile;
import org.duban.core.lexicon.WordTrie;

/** The units, classifiers and magnitude words of {@code units.tsv} and {@code magnitudes.tsv}. */
public final class UnitLexicon {

  private static final String UNITS = "org/duban/core/quantity/units.tsv";
  private static final String MAGNITUDES = "org/duban/core/quantity/magnitudes.tsv";
  private static final String PEOPLE = "org/duban/core/quantity/people-nouns.txt";
  private static final String MONEY = "org/duban/core/quantity/money-nouns.txt";

  /** The unit of a count of people written without a classifier (242万农村居民). */
  static final Unit PERSON = new Unit("", "人", 1, UnitKind.COUNT, false);

  /** The unit of an amount of money written without 元 (生产总值突破3万亿). */
  static final Unit YUAN = new Unit("", "CNY", 1, UnitKind.MONEY, false);

  /** Years as a duration, read only where the context says so (受教育年限11.2年). */
  static final Unit YEARS = new Unit("年", "year", 1, UnitKind.DURATION, false);

  private static final class Holder {
    static final UnitLexicon INSTANCE = new UnitLexicon();
  }

  private final WordTrie<Unit> units;
  private final WordTrie<Double> magnitudes;
  private final WordTrie<Boolean> people;
  private final WordTrie<Unit> implied;

  private UnitLexicon() {
    WordTrie.Builder<Unit> u = WordTrie.builder();
    for (String[] row : LexiconFile.rows(UNITS)) {
      if (row.length < 4) {
        throw new IllegalStateException(
            UNITS + ": a row needs 4 columns: " + String.join("|", row));
      }
      boolean arabicOnly = row.length > 4 && row[4].strip().equals("arabic");
      u.put(
          row[0],
          new Unit(
              row[0],
              row[1],
              Double.parseDouble(row[2]),
              UnitKind.valueOf(row[3].strip()),
              arabicOnly));
    }
    units = u.build();
    WordTrie.Builder<Double> m = WordTrie.builder();
    for (String[] row : LexiconFile.rows(MAGNITUDES)) {
      m.put(row[0], Double.valueOf(row[1]));
    }
    magnitudes = m.build();
    WordTrie.Builder<Boolean> p = WordTrie.builder();
    WordTrie.Builder<Unit> nouns = WordTrie.builder();
    for (String word : LexiconFile.words(PEOPLE)) {
      p.put(word, Boolean.TRUE);
      nouns.put(word, PERSON);
    }
    people = p.build();
    for (String word : LexiconFile.words(MONEY)) {
      nouns.put(word, YUAN);
    }
    implied = nouns.build();
  }

  /** Whether a noun for people starts at {@code pos}. */
  public boolean personAt(CharSequence text, int pos) {
    return people.longestAt(text, pos) != null;
  }

  /**
   * The unit implied by a noun of people or money ending at {@code end} and starting at or after
   * {@code limit}, or null.
   */
  WordTrie.Match<Unit> impliedBy(CharSequence text, int end, int limit) {
    return implied.longestEndingAt(text, end, limit);
  }

  public static UnitLexicon get() {
    return Holder.INSTANCE;
  }

  /** The longest unit written at {@code pos}, or null; Arabic-only units need {@code arabic}. */
  public WordTrie.Match<Unit> unitAt(CharSequence text, int pos, boolean arabic) {
    WordTrie.Match<Unit> m = units.longestAt(text, pos);
    if (m == null || m.value().kind() == UnitKind.NONE || (!arabic && m.value().arabicOnly())) {
      return null;
    }
    return m;
  }

  /** The longest magnitude word at {@code pos}, or null. */
  public WordTrie.Match<Double> magnitudeAt(CharSequence text, int pos) {
    return magnitudes.longestAt(text, pos);
  }
}
