package org.duban.core.fact;

import org.duban.core.lexicon.LexiconFile;
import org.duban.core.lexicon.WordTrie;
import org.duban.core.quantity.Qualifier;
import org.duban.core.quantity.Quantity;
import org.duban.core.quantity.UnitKind;

/**
 * Tells ranks from ordinals: 第三 is a rank after 位居, 名列, 排名 (位居中心城区第三), not in 第三方 or 第十七届; 第一名 is
 * always one; 排名上升到24位 is one without 第.
 */
final class RankReader {

  private static final String VERBS = "org/duban/core/fact/rank-verbs.txt";
  private static final int REACH = 16;
  private static final int FORWARD_REACH = 6;

  private static final class Holder {
    static final WordTrie<Boolean> VERBS = load();

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
    if (previous != null
        && previous.kind() == UnitKind.RANK
        && previous.end() >= clauseStart
        && isListGap(text, previous.end(), q.start())) {
      return true;
    }
    return verbBefore(text, q.start(), Math.max(clauseStart, q.start() - REACH))
        || verbAfter(text, q.end());
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
