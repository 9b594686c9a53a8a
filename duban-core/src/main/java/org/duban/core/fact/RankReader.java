package org.duban.core.fact;

import org.duban.core.lexicon.LexiconFile;
import org.duban.core.lexicon.WordTrie;
import org.duban.core.quantity.Qualifier;
import org.duban.core.quantity.Quantity;
import org.duban.core.quantity.UnitKind;
import org.duban.core.quantity.UnitLexicon;

/**
 * Tells ranks from ordinals: 第三 is a rank after 位居, 名列, 排名 (位居中心城区第三), not in 第三方 or 第十七届; 第一名 is
 * always one; 排名上升到24位 is one without 第.
 */
final class RankReader {

  private static final String VERBS = "org/duban/core/fact/rank-verbs.txt";
  private static final int REACH = 16;
  private static final int FORWARD_REACH = 6;

  private static final String SCOPES = "org/duban/core/fact/rank-scopes.txt";
  private static final String SEQUENCE_WORDS = "届季产阶代";
  private static final int RANKED_REACH = 10;

  private final UnitLexicon units = UnitLexicon.get();

  private static final class Holder {
    static final WordTrie<Boolean> VERBS = load();
    static final WordTrie<Boolean> RANKED_PLACES =
        WordTrie.ofWords(java.util.List.of("大国", "强国", "大省", "强省", "大市", "强市", "大港", "大县", "强县"));
    static final WordTrie<Boolean> SCOPES = WordTrie.ofWords(LexiconFile.words(RankReader.SCOPES));

    private static WordTrie<Boolean> load() {
      WordTrie.Builder<Boolean> b = WordTrie.builder();
      for (String[] row : LexiconFile.rows(RankReader.VERBS)) {
        b.put(row[0].strip(), row.length < 2 || !row[1].strip().equals("no"));
      }
      return b.build();
    }
  }

  /** Whether the rank candidate {@code q} (第N, 首位) ranks something. */
  boolean isRank(CharSequence text, Quantity q, int clauseStart, Quantity previous) {
    if (q.unit().equals("名")) {
      return true;
    }
    if (q.unit().equals("第") && isOrdinalOfSeries(text, q.end())) {
      return false; // 第十二届运动会, 第三批试点: the place in a series, whatever verb comes before
    }
    if (previous != null
        && previous.kind() == UnitKind.RANK
        && previous.end() >= clauseStart
        && isListGap(text, previous.end(), q.start())) {
      return true;
    }
    return verbBefore(text, q.start(), Math.max(clauseStart, q.start() - REACH))
        || verbAfter(text, q.end())
        || rankedWithin(text, q, clauseStart);
  }

  /**
   * 连续五年全国第一, 全球第一造船大国: a 第N right after the whole it is ranked in (the first of a series, 全国第一个,
   * 全省第一批, is no rank and was told apart before).
   */
  private static boolean rankedWithin(CharSequence text, Quantity q, int clauseStart) {
    return q.unit().equals("第")
        && Holder.SCOPES.longestEndingAt(text, q.start(), clauseStart) != null;
  }

  private boolean isOrdinalOfSeries(CharSequence text, int end) {
    char next = end < text.length() ? text.charAt(end) : '\0';
    return SEQUENCE_WORDS.indexOf(next) >= 0 || units.unitAt(text, end, false) != null;
  }

  /**
   * {@code q} read as a rank when it is a count of 位 after a ranking verb (排名上升到24位), or of 位 or 名
   * after 前 (跻身全国前五位, 进入前20名: a rank of at most N); else {@code q}.
   */
  Quantity reinterpret(CharSequence text, Quantity q, int clauseStart) {
    boolean places = q.unit().equals("位") || q.unit().equals("名");
    if (q.kind() != UnitKind.COUNT || !places) {
      return q;
    }
    boolean top = q.start() > 0 && text.charAt(q.start() - 1) == '前';
    if (top && q.qualifier() == Qualifier.EXACT) {
      return q.asRank().withQualifier(Qualifier.AT_MOST, q.start() - 1, q.end());
    }
    if (!q.unit().equals("位")
        || !verbBefore(text, q.start(), Math.max(clauseStart, q.start() - REACH))) {
      return q;
    }
    return q.asRank();
  }

  /**
   * {@code label} without the whole a rank is in and the years it has held at its end (外资连续5年全国 →
   * 外资).
   */
  static String withoutScope(String label) {
    int end = label.length();
    WordTrie.Match<Boolean> scope = Holder.SCOPES.longestEndingAt(label, end, 0);
    if (scope == null) {
      return label;
    }
    end = scope.start();
    int years = end;
    if (years > 0 && label.charAt(years - 1) == '年') {
      int i = years - 1;
      while (i > 0 && isNumeral(label.charAt(i - 1))) {
        i--;
      }
      if (i < years - 1 && (label.startsWith("连续", i - 2) || label.startsWith("已连续", i - 3))) {
        end = label.startsWith("已连续", i - 3) ? i - 3 : i - 2;
      }
    }
    return label.substring(0, end);
  }

  private static boolean isNumeral(char c) {
    return (c >= '0' && c <= '9') || "一二两三四五六七八九十".indexOf(c) >= 0;
  }

  /** 全球第一造船大国 → 造船: the noun between a rank and the 大国 (强省, 大港) it makes a place, or null. */
  static String rankedAfter(CharSequence text, Quantity q, int clauseEnd) {
    int limit = Math.min(clauseEnd, q.end() + RANKED_REACH);
    for (int i = q.end() + 1; i < limit; i++) {
      if (!Character.isIdeographic(text.charAt(i - 1))) {
        return null;
      }
      WordTrie.Match<Boolean> place = Holder.RANKED_PLACES.longestAt(text, i);
      if (place != null && endsNoun(text, place.end(), clauseEnd)) {
        return text.subSequence(q.end(), i).toString();
      }
    }
    return null;
  }

  /** Whether a noun may end at {@code i}: the clause ends, or a list goes on (大国和…). */
  private static boolean endsNoun(CharSequence text, int i, int clauseEnd) {
    return i >= clauseEnd
        || !Character.isIdeographic(text.charAt(i))
        || "和与及、".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean verbBefore(CharSequence text, int end, int limit) {
    for (int i = end; i > limit; i--) {
      WordTrie.Match<Boolean> m = Holder.VERBS.longestEndingAt(text, i, limit);
      if (m != null) {
        if (m.value()) {
          return true;
        }
        i = m.start() + 1;
      }
    }
    return false;
  }

  /** 从全球第11位跃升至第7位: the first rank of a from-to pair has its verb after it. */
  private static boolean verbAfter(CharSequence text, int start) {
    int limit = Math.min(text.length(), start + FORWARD_REACH);
    for (int i = start; i < limit; i++) {
      if (Clause.isBoundary(text.charAt(i))) {
        return false;
      }
      WordTrie.Match<Boolean> m = Holder.VERBS.longestAt(text, i);
      if (m != null
          && m.value()
          && (text.charAt(m.end() - 1) == '至' || text.charAt(m.end() - 1) == '到')) {
        return true;
      }
    }
    return false;
  }

  private static boolean isListGap(CharSequence text, int from, int to) {
    if (to - from > 2 || to < from) {
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
}
