package org.duban.core.fact;

import org.duban.core.quantity.NumberScanner;
import org.duban.core.quantity.Quantity;

/** The two figures of a from-to pair: 由56件增加到64件, 从全球第11位跃升至第7位. */
final class FromTo {

  private static final int FROM_REACH = 5;
  private static final int LIST_ITEM = 8;

  private FromTo() {}

  /** 由56件增加到64件: whether {@code q} is the first figure, the level it started from. */
  static boolean isFromValue(CharSequence text, Quantity q) {
    int start = startOfList(text, q.qualifierStart());
    int before = start - 1;
    int stop = Math.max(0, start - FROM_REACH);
    while (before >= stop && text.charAt(before) != '由' && text.charAt(before) != '从') {
      if (Clause.isBoundary(text.charAt(before))
          || NumberScanner.isArabicDigit(text.charAt(before))) {
        return false; // 从全球第11位: 从 may stand a few words before, but not past a figure
      }
      before--;
    }
    return before >= stop && isFollowedByTo(text, q);
  }

  /**
   * 从771家、481家增加到…: where the list of figures that {@code start} continues begins, or {@code start}
   * when no figure and list mark stand right before it.
   */
  static int startOfList(CharSequence text, int start) {
    int at = start;
    while (at > 0 && (text.charAt(at - 1) == '、' || text.charAt(at - 1) == '和')) {
      int i = at - 1;
      int stop = Math.max(0, i - LIST_ITEM);
      // the unit of the item before (30元和5元: 元), then its number
      while (i > stop && isPartOfFigure(text.charAt(i - 1)) && !isNumberChar(text.charAt(i - 1))) {
        i--;
      }
      int unitStart = i;
      while (i > 0 && isNumberChar(text.charAt(i - 1))) {
        i--;
      }
      if (i == unitStart || !NumberScanner.isArabicDigit(text.charAt(i))) {
        return at;
      }
      at = i;
    }
    return at;
  }

  private static boolean isChangeVerbStart(CharSequence text, int i) {
    char c = text.charAt(i);
    return "增提降减上下扩缩跃".indexOf(c) >= 0;
  }

  private static boolean isNumberChar(char c) {
    return NumberScanner.isArabicDigit(c) || c == '.';
  }

  private static boolean isPartOfFigure(char c) {
    return NumberScanner.isArabicDigit(c)
        || c == '.'
        || (Character.isIdeographic(c) && "由从到至和、".indexOf(c) < 0);
  }

  /** 21.6%提高到25.2%: a 到 or 至 after the figure in its clause, a few words on. */
  static boolean isFollowedByTo(CharSequence text, Quantity q) {
    int end = q.qualifierEnd();
    while (end + 1 < text.length()
        && text.charAt(end) == '、'
        && NumberScanner.isArabicDigit(text.charAt(end + 1))) {
      int i = end + 1; // 从771家、481家增加到: past the other figures the list starts from
      int stop = Math.min(text.length(), i + LIST_ITEM);
      while (i < stop && isPartOfFigure(text.charAt(i)) && !isChangeVerbStart(text, i)) {
        i++;
      }
      end = i;
    }
    int limit = Math.min(text.length(), end + 6);
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
    int i = startOfList(text, q.qualifierStart()) - 1;
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
