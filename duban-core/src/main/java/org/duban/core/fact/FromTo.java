package org.duban.core.fact;

import org.duban.core.quantity.NumberScanner;
import org.duban.core.quantity.Quantity;

/** The two figures of a from-to pair: 由56件增加到64件, 从全球第11位跃升至第7位. */
final class FromTo {

  private static final int FROM_REACH = 5;

  private FromTo() {}

  /** 由56件增加到64件: whether {@code q} is the first figure, the level it started from. */
  static boolean isFromValue(CharSequence text, Quantity q) {
    int before = q.qualifierStart() - 1;
    int stop = Math.max(0, q.qualifierStart() - FROM_REACH);
    while (before >= stop && text.charAt(before) != '由' && text.charAt(before) != '从') {
      if (Clause.isBoundary(text.charAt(before))
          || NumberScanner.isArabicDigit(text.charAt(before))) {
        return false; // 从全球第11位: 从 may stand a few words before, but not past a figure
      }
      before--;
    }
    return before >= stop && isFollowedByTo(text, q);
  }

  /** 21.6%提高到25.2%: a 到 or 至 after the figure in its clause, a few words on. */
  static boolean isFollowedByTo(CharSequence text, Quantity q) {
    int limit = Math.min(text.length(), q.qualifierEnd() + 6);
    for (int i = q.qualifierEnd(); i < limit; i++) {
      char c = text.charAt(i);
      if (c == '到' || c == '至') {
        return true;
      }
      if (Clause.isBoundary(c)) {
        return false;
      }
    }
    return false;
  }

  /** 由56件增加到64件: the second figure is the level reached at the end. */
  static boolean isToValue(CharSequence text, Quantity q, int clauseStart) {
    int i = q.qualifierStart() - 1;
    while (i >= clauseStart && text.charAt(i) == ' ') {
      i--;
    }
    if (i < clauseStart || (text.charAt(i) != '到' && text.charAt(i) != '至')) {
      return false;
    }
    for (int j = i - 1; j >= clauseStart; j--) {
      char c = text.charAt(j);
      if (c == '由' || c == '从') {
        return true;
      }
    }
    return false;
  }
}
