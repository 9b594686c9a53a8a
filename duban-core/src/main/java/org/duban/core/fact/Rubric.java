package org.duban.core.fact;

import org.duban.core.lexicon.LexiconFile;
import org.duban.core.lexicon.WordTrie;
import org.duban.core.quantity.Quantity;
import org.duban.core.quantity.UnitKind;
import org.duban.core.text.Texts;

/**
 * Recognises the points and weights of a scoring rubric, which measure the evaluation rather than
 * the world: points in parentheses after an item (一体化政务服务平台建设（3分）), points after a rubric word
 * (扣2分, 满分100分), and weights in parentheses inside a formula (日常监测（60%）+实地调研（20%）).
 */
final class Rubric {

  private static final String WORDS = "org/duban/core/fact/rubric-words.txt";
  private static final String POINTS = "分";

  private Rubric() {}

  private static final class Holder {
    static final WordTrie<Boolean> WORDS = load();

    private static WordTrie<Boolean> load() {
      WordTrie.Builder<Boolean> b = WordTrie.builder();
      for (String w : LexiconFile.words(Rubric.WORDS)) {
        b.put(w, true);
      }
      return b.build();
    }
  }

  static boolean isRubric(CharSequence text, Quantity q) {
    boolean points = q.kind() == UnitKind.COUNT && POINTS.equals(q.normUnit());
    boolean weight = q.kind() == UnitKind.PERCENT;
    if (!points && !weight) {
      return false;
    }
    boolean afterWord = Holder.WORDS.longestEndingAt(text, q.qualifierStart(), 0) != null;
    if (afterWord && (points || Texts.endsWith(text, q.qualifierStart(), "权重"))) {
      return true;
    }
    if (!isParenthesised(text, q)) {
      return false;
    }
    return points || isFormulaTerm(text, q);
  }

  /** （25分）: the figure is all the parentheses hold. */
  private static boolean isParenthesised(CharSequence text, Quantity q) {
    int before = q.qualifierStart() - 1;
    int after = q.qualifierEnd();
    return before >= 0
        && after < text.length()
        && (text.charAt(before) == '（' || text.charAt(before) == '(')
        && (text.charAt(after) == '）' || text.charAt(after) == ')');
  }

  /** 日常监测（60%）+实地调研（20%）: a weighted term joined to others by an operator. */
  private static boolean isFormulaTerm(CharSequence text, Quantity q) {
    int after = q.qualifierEnd() + 1;
    int before = q.qualifierStart() - 1;
    char next = after < text.length() ? text.charAt(after) : '\0';
    int termStart = before;
    while (termStart > 0 && Character.isIdeographic(text.charAt(termStart - 1))) {
      termStart--;
    }
    char previous = termStart > 0 ? text.charAt(termStart - 1) : '\0';
    return isOperator(next) || isOperator(previous);
  }

  private static boolean isOperator(char c) {
    return c == '+' || c == '＋' || c == '×' || c == '*' || c == '=' || c == '＝';
  }
}
