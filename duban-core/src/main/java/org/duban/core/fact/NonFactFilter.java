package org.duban.core.fact;

import org.duban.core.lexicon.LexiconFile;
import org.duban.core.lexicon.WordTrie;
import org.duban.core.quantity.NumeralKind;
import org.duban.core.quantity.Quantity;
import org.duban.core.quantity.UnitKind;

/**
 * Decides which quantity expressions are facts, leaving out what the spec says is not one: ranks
 * without a ranking, numbers inside names and quotes, slogans, session ordinals, the indefinite
 * 一个/一批, denominators (每万人), and counts of the document's own points.
 */
final class NonFactFilter {

  private static final String RANK_VERBS = "org/duban/core/fact/rank-verbs.txt";
  private static final String SLOGANS = "org/duban/core/fact/slogans.txt";
  private static final String NOT_AFTER_COUNT = "org/duban/core/fact/not-after-count.txt";
  private static final int RANK_VERB_REACH = 16;

  private static final class Holder {
    static final WordTrie<Boolean> RANK = trie(RANK_VERBS);
    static final WordTrie<Boolean> SLOGAN = trie(SLOGANS);
    static final WordTrie<Boolean> NOT_AFTER = trie(NOT_AFTER_COUNT);

    private static WordTrie<Boolean> trie(String path) {
      WordTrie.Builder<Boolean> b = WordTrie.builder();
      for (String w : LexiconFile.words(path)) {
        b.put(w, Boolean.TRUE);
      }
      return b.build();
    }
  }

  /**
   * Whether {@code q} is a fact.
   *
   * @param previous the quantity just before {@code q} in the same sentence that was kept, or null
   */
  boolean isFact(
      CharSequence text, Quantity q, Quotes quotes, int sentenceStart, Quantity previous) {
    if (quotes.anyQuoted(q.start(), q.end())) {
      return false;
    }
    if (q.kind() == UnitKind.RANK) {
      return isRanking(text, q, sentenceStart, previous);
    }
    if (touchesPlus(text, q)) {
      return false;
    }
    if (charBefore(text, q.start()) == '每') {
      return false;
    }
    if (q.numeral() == NumeralKind.CHINESE && !isChineseCount(text, q)) {
      return false;
    }
    if (q.kind() == UnitKind.DURATION && isDateLike(text, q)) {
      return false;
    }
    return true;
  }

  private static boolean isRanking(
      CharSequence text, Quantity q, int sentenceStart, Quantity previous) {
    int clauseStart = Clause.start(text, q.start(), sentenceStart);
    if (previous != null
        && previous.kind() == UnitKind.RANK
        && previous.end() >= clauseStart
        && isListGap(text, previous.end(), q.start())) {
      return true;
    }
    int limit = Math.max(clauseStart, q.start() - RANK_VERB_REACH);
    for (int i = q.start(); i > limit; i--) {
      if (Holder.RANK.longestEndingAt(text, i, limit) != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean isListGap(CharSequence text, int from, int to) {
    if (to - from > 2) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c != '、' && c != '和' && c != '及' && c != ' ') {
        return false;
      }
    }
    return true;
  }

  private static boolean touchesPlus(CharSequence text, Quantity q) {
    return isPlus(charBefore(text, q.start())) || isPlus(charAt(text, q.end()));
  }

  private static boolean isPlus(char c) {
    return c == '+' || c == '＋';
  }

  /** A count in Chinese numerals that counts things, not 一个 (a), 二期 (phase two) or a slogan. */
  private static boolean isChineseCount(CharSequence text, Quantity q) {
    if (Holder.SLOGAN.longestAt(text, q.start()) != null) {
      return false;
    }
    if (Holder.NOT_AFTER.longestAt(text, q.end()) != null) {
      return false;
    }
    boolean qualified = q.qualifier() != Qualifier.EXACT;
    String number = text.subSequence(q.start(), q.numberEnd()).toString();
    if (number.equals("一") && !qualified) {
      return false;
    }
    if (isBareMagnitude(number) && !qualified) {
      return false;
    }
    return !(q.unit().equals("期") || q.unit().equals("轮"));
  }

  private static boolean isBareMagnitude(String number) {
    for (int i = 0; i < number.length(); i++) {
      if ("百千万亿".indexOf(number.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** 前11个月 (a reporting window), 3天前 (a posting time). */
  private static boolean isDateLike(CharSequence text, Quantity q) {
    return charBefore(text, q.start()) == '前' || charAt(text, q.end()) == '前';
  }

  private static char charAt(CharSequence text, int pos) {
    return pos >= 0 && pos < text.length() ? text.charAt(pos) : '\0';
  }

  private static char charBefore(CharSequence text, int pos) {
    return charAt(text, pos - 1);
  }
}
