package org.duban.core.fact;

import org.duban.core.lexicon.LexiconFile;
import org.duban.core.lexicon.WordTrie;
import org.duban.core.quantity.NumeralKind;
import org.duban.core.quantity.Qualifier;
import org.duban.core.quantity.Quantity;
import org.duban.core.quantity.QuantityRecognizer;
import org.duban.core.quantity.UnitKind;
import org.duban.core.text.Texts;

/**
 * Decides which quantity expressions are facts, leaving out what the spec says is not one: ranks
 * without a ranking, numbers inside names and quotes, slogans, session ordinals, the indefinite
 * 一个/一批, denominators (每万人), counts of the document's own points, and the points and weights of a
 * scoring rubric.
 */
final class NonFactFilter {

  private final RankReader ranks;

  NonFactFilter(RankReader ranks) {
    this.ranks = ranks;
  }

  private static final String SLOGANS = "org/duban/core/fact/slogans.txt";
  private static final String NOT_AFTER_COUNT = "org/duban/core/fact/not-after-count.txt";
  private static final String NOT_AFTER_CHINESE = "org/duban/core/fact/not-after-chinese-count.txt";
  private static final java.util.Set<String> TIME_SAVING_VERBS =
      java.util.Set.of("减少", "缩短", "节约", "节省", "压缩", "平均", "提前", "延长");

  private static final class Holder {
    static final WordTrie<Boolean> SLOGAN = trie(SLOGANS);
    static final WordTrie<Boolean> OWN_POINTS = trie(NOT_AFTER_COUNT);
    static final WordTrie<Boolean> NOT_AFTER = trie(NOT_AFTER_CHINESE);

    private static WordTrie<Boolean> trie(String path) {
      return WordTrie.ofWords(LexiconFile.words(path));
    }
  }

  /**
   * Whether {@code q} is a fact.
   *
   * @param previous the quantity just before {@code q} in the same sentence that was kept, or null
   */
  boolean isFact(
      CharSequence text, Quantity q, Quotes quotes, int sentenceStart, Quantity previous) {
    boolean named = quotes.anyQuoted(q.start(), q.end()) && !isCitedRate(q, quotes);
    if (named || Rubric.isRubric(text, q)) {
      return false;
    }
    if (q.kind() == UnitKind.RANK) {
      return ranks.isRank(text, q, Clause.start(text, q.start(), sentenceStart), previous);
    }
    if (touchesPlus(text, q)) {
      return false;
    }
    if (charBefore(text, q.start()) == '每') {
      return false;
    }
    if (q.kind() == UnitKind.COUNT && Holder.OWN_POINTS.longestAt(text, q.end()) != null) {
      return false;
    }
    if (q.numeral() == NumeralKind.CHINESE && !isChineseCount(text, q)) {
      return false;
    }
    if (q.kind() == UnitKind.DURATION && (isDateLike(text, q) || isNameLike(text, q))) {
      return false;
    }
    if (q.unit().equals("岁") && !isAboutAge(text, q, sentenceStart)) {
      return false;
    }
    if (isDemonstrative(charBefore(text, q.qualifierStart()))) {
      return false;
    }
    return true;
  }

  /**
   * “6%左右”的目标: a quoted rate and nothing else cites a figure; a quoted count or duration is a name
   * (“30条”, “15分钟”生活圈).
   */
  private static boolean isCitedRate(Quantity q, Quotes quotes) {
    return q.kind() == UnitKind.PERCENT
        && quotes.isWholeQuote(q.qualifierStart(), q.qualifierEnd());
  }

  /** 人均预期寿命82.5岁 is a figure; 60岁以上老人 and 0-3岁幼儿 only describe people. */
  private static boolean isAboutAge(CharSequence text, Quantity q, int sentenceStart) {
    int clauseStart = Clause.start(text, q.start(), sentenceStart);
    String before = text.subSequence(clauseStart, q.start()).toString();
    return before.contains("寿命") || before.contains("年龄");
  }

  /** 这四条, 该两项: a count that points back at the text. */
  private static boolean isDemonstrative(char c) {
    return c == '这' || c == '那' || c == '此' || c == '该' || c == '其';
  }

  /** 24小时智慧便利店, 24小时全天候监管: a duration that qualifies the noun after it. */
  private static boolean isNameLike(CharSequence text, Quantity q) {
    char next = charAt(text, q.end());
    if (!Character.isIdeographic(next)
        || "内以之左上前后".indexOf(next) >= 0
        || Texts.startsWith(text, q.end(), "时间")) {
      return false; // 用2-3年时间: how long something takes
    }
    char before = charBefore(text, q.qualifierStart());
    String verb =
        q.qualifierStart() >= 2
            ? text.subSequence(q.qualifierStart() - 2, q.qualifierStart()).toString()
            : "";
    return before != '由' && before != '从' && !TIME_SAVING_VERBS.contains(verb);
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
    if (q.value() == 0 || (number.equals("二") && q.unit().equals("次"))) {
      return false; // 零部件, 零发案; 二次开发 (secondary), where a count says 两次
    }
    if (isBareMagnitude(number) && !isApproximated(text, q)) {
      return false;
    }
    if (q.kind() == UnitKind.MONEY && number.length() == 1) {
      return false; // 二元结构, 一元化
    }
    if (countsPrecedingList(text, q)) {
      return false;
    }
    return !(q.unit().equals("期") || q.unit().equals("轮") || q.unit().equals("类"));
  }

  /** 近百场, 百余户, 数千万, 万亿级: a bare magnitude is a figure only when something approximates it. */
  private static boolean isApproximated(CharSequence text, Quantity q) {
    if (q.qualifierStart() < q.start()
        || q.qualifierEnd() > q.end()
        || QuantityRecognizer.afterClimbingVerb(text, q.start())) {
      return true; // 突破万亿元, 迈上万亿元台阶
    }
    if (q.unit().isEmpty() && charAt(text, q.end()) == '级') {
      return true; // 营收达千亿级: money written without 元 (千吨级码头 names a class)
    }
    for (int i = q.start(); i < q.end(); i++) {
      char c = text.charAt(i);
      if (c == '余' || c == '多' || c == '数' || c == '几' || c == '上') {
        return true;
      }
    }
    return false;
  }

  /** 商贸、医学转化、健康科技服务三个中心: a count that sums up the list just written counts the text's own items. */
  private static boolean countsPrecedingList(CharSequence text, Quantity q) {
    int n = (int) q.value();
    if (n < 2 || n > 12 || q.start() == 0 || !isListEnd(text.charAt(q.start() - 1))) {
      return false;
    }
    int items = 1;
    int quotedItems = 0;
    for (int i = q.start() - 1; i >= 0 && !Clause.isBoundary(text.charAt(i)); i--) {
      char c = text.charAt(i);
      if (c == '、') {
        items++;
      } else if (c == '”') {
        quotedItems++;
      }
    }
    // Two items are as often things in the world (两个基金小镇) as the text's own list.
    return (n >= 3 && items == n) || quotedItems == n;
  }

  private static boolean isListEnd(char c) {
    return Character.isIdeographic(c) || c == '”' || c == '）' || c == ')';
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
