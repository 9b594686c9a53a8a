package org.duban.core.fact;

import org.duban.core.quantity.Quantity;
import org.duban.core.quantity.UnitKind;

/**
 * 是2010年的2.6倍, 是“十二五”时期的3倍: a multiple of the same figure at an earlier time, which is a change
 * against that time as a base, not a part of a whole.
 */
final class MultipleOfBase {

  private static final int MAX_BASE = 12;
  private static final String[] TIME_WORDS = {"年", "时期", "同期", "期间", "年末"};

  private MultipleOfBase() {}

  /** The base the multiple {@code q} is of (2010年), or null when it is not a multiple of a time. */
  static String base(CharSequence text, Quantity q, int clauseStart) {
    int end = q.qualifierStart();
    if (q.kind() != UnitKind.TIMES || end - 1 <= clauseStart || text.charAt(end - 1) != '的') {
      return null;
    }
    for (int i = end - 2; i >= Math.max(clauseStart, end - 1 - MAX_BASE); i--) {
      if (text.charAt(i) == '是') {
        String base = text.subSequence(i + 1, end - 1).toString();
        for (String w : TIME_WORDS) {
          if (base.endsWith(w)) {
            return base;
          }
        }
        return null;
      }
    }
    return null;
  }
}
