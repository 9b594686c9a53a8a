package org.duban.core.fact;

import java.util.ArrayList;
import java.util.List;
import org.duban.core.lexicon.LexiconFile;
import org.duban.core.lexicon.WordTrie;
import org.duban.core.quantity.NumberScanner;
import org.duban.core.quantity.Quantity;
import org.duban.core.quantity.UnitKind;

/**
 * Finds what a figure measures: the noun phrase a reader would put in a table's first column.
 * Usually the words of its clause before it, trimmed of time words, adverbs and the verb that links
 * it to the figure (全年地区生产总值达到 → 地区生产总值); when the figure opens its clause, the words after it
 * (完成2座口袋公园 → 口袋公园); when neither says anything, the previous figure's indicator (同比增长12.8%),
 * extended by a property word when there is one (增速位居 → …增速).
 */
final class IndicatorExtractor {

  private static final String TRIM = "org/duban/core/fact/indicator-trim.tsv";
  private static final String CARRY = "org/duban/core/fact/carry-verbs.txt";
  private static final String AFTER_STOP_WORDS = "org/duban/core/fact/indicator-after-stop.txt";
  private static final int MAX_LENGTH = 24;
  private static final int AFTER_REACH = 16;
  private static final int MAX_TOPIC = 20;
  private static final int SHORT_ITEM = 3;
  private static final java.util.Set<String> PROPERTY_NOUNS =
      java.util.Set.of("基础", "水平", "速度", "目标", "标准", "幅度", "区间", "增长", "增速", "平均");
  // Labels that name a kind of figure but not whose: the topic before them says whose.
  private static final java.util.Set<String> GENERIC_HEADS =
      java.util.Set.of(
          "税收", "综合税收", "区级税收", "营业收入", "营收", "利润", "净利润", "产量", "投入", "交易额", "成交额", "销售额", "投资",
          "完成投资", "增速", "增长", "规模", "总额", "产值", "收入", "金额", "面积", "数量", "占比", "比重", "总量");

  private static final class Holder {
    static final WordTrie<Boolean> START;
    static final WordTrie<Boolean> END;
    static final WordTrie<Boolean> INSIDE;
    static final WordTrie<Boolean> CARRY_VERBS;
    static final WordTrie<Boolean> AFTER_STOP;

    static {
      WordTrie.Builder<Boolean> start = WordTrie.builder();
      WordTrie.Builder<Boolean> end = WordTrie.builder();
      WordTrie.Builder<Boolean> inside = WordTrie.builder();
      for (String[] row : LexiconFile.rows(TRIM)) {
        switch (row[1].strip()) {
          case "start" -> start.put(row[0], true);
          case "end" -> end.put(row[0], true);
          case "inside" -> inside.put(row[0], true);
          default -> throw new IllegalStateException(TRIM + ": unknown position " + row[1]);
        }
      }
      START = start.build();
      END = end.build();
      INSIDE = inside.build();
      WordTrie.Builder<Boolean> carry = WordTrie.builder();
      for (String w : LexiconFile.words(CARRY)) {
        carry.put(w, true);
      }
      CARRY_VERBS = carry.build();
      WordTrie.Builder<Boolean> stop = WordTrie.builder();
      for (String w : LexiconFile.words(AFTER_STOP_WORDS)) {
        stop.put(w, true);
      }
      AFTER_STOP = stop.build();
    }
  }

  /** Labels the figures of one sentence in order; remembers what the figures before said. */
  /**
   * Labels the figures of one sentence.
   *
   * @param quantities the figures of the sentence that are facts
   * @param carried the label of the last figure of the sentence before, when this sentence
   *     continues it after a ；, or null
   */
  SentenceLabels forSentence(
      CharSequence text, int sentenceStart, List<Quantity> quantities, String carried) {
    return new SentenceLabels(text, sentenceStart, quantities, carried);
  }

  /** The labelling state of one sentence: figures are labelled in reading order. */
  final class SentenceLabels {
    private final CharSequence text;
    private Quantity previous;
    private String previousLabel;
    private String listVerb;
    private boolean previousFromAfter;
    private int clauseStart = -1;
    private List<String> distributed = List.of();
    private int indexInClause;

    private final int sentenceStart;
    private final List<Quantity> quantities;

    private SentenceLabels(
        CharSequence text, int sentenceStart, List<Quantity> quantities, String carried) {
      this.text = text;
      this.sentenceStart = sentenceStart;
      this.quantities = quantities;
      this.previousLabel = carried;
    }

    /**
     * 新建1条、翻建2条市民健身步道: when only a verb stands between a figure and the next one, the noun after
     * the next one is shared; empty otherwise.
     */
    private String sharedAfter(Quantity q, int clauseEnd) {
      Quantity next = null;
      for (Quantity other : quantities) {
        if (other.start() >= q.end()) {
          next = other;
          break;
        }
      }
      if (next == null || next.start() >= clauseEnd || next.kind() != q.kind()) {
        return "";
      }
      String gap = text.subSequence(q.qualifierEnd(), next.qualifierStart()).toString();
      if (gap.isEmpty() || "、和及与".indexOf(gap.charAt(0)) < 0) {
        return "";
      }
      String verb = gap.substring(1);
      if (!verb.isEmpty() && !isOnlyVerb(verb)) {
        return "";
      }
      return phraseAfter(text, next, Math.min(clauseEnd, nextStart(next)));
    }

    /**
     * 投资5.2亿元，建成保障性住房2262套: money spent is often named by what the next clause builds; the object
     * of that clause when it opens with an action verb, or null.
     */
    private String nextClauseObject(Quantity q, int clauseEnd) {
      if (clauseEnd >= text.length() || !Clause.isBoundary(text.charAt(clauseEnd))) {
        return null;
      }
      char mark = text.charAt(clauseEnd);
      if (mark != '，' && mark != ',') {
        return null;
      }
      int start = clauseEnd + 1;
      int end = Clause.end(text, start, Math.min(text.length(), start + MAX_TOPIC + 8));
      String next = text.subSequence(start, end).toString();
      WordTrie.Match<Boolean> verb = Holder.CARRY_VERBS.longestAt(stripWords(next, true), 0);
      if (verb == null) {
        return null;
      }
      StringBuilder object = new StringBuilder();
      for (int i = 0; i < next.length(); i++) {
        char c = next.charAt(i);
        if (NumberScanner.isArabicDigit(c) || NumberScanner.isChineseNumeral(c)) {
          continue; // the count of the next clause is its own figure
        }
        object.append(c);
      }
      String label = trim(object.toString());
      return label.isEmpty() ? null : label;
    }

    /** Where the next quantity expression after {@code q} starts, or the text's end. */
    private int nextStart(Quantity q) {
      for (Quantity other : quantities) {
        if (other.start() >= q.end()) {
          return other.start();
        }
      }
      return text.length();
    }

    /**
     * 全年社会商品零售总额，比上年增长17.8%: the clause before, when it holds no figure, names the topic of the
     * clauses after it.
     */
    private String topic(int clauseStart) {
      if (clauseStart <= sentenceStart) {
        return null;
      }
      int previousStart = Clause.start(text, clauseStart - 1, sentenceStart);
      if (previous != null && previous.end() > previousStart) {
        return null;
      }
      String t = trim(text.subSequence(previousStart, clauseStart - 1).toString());
      return t.isEmpty() || t.length() > MAX_TOPIC ? null : t;
    }

    /** The indicator of {@code q}, which stands in the clause {@code [clauseStart, clauseEnd)}. */
    String label(Quantity q, int clauseStart, int clauseEnd) {
      boolean sameClause = previous != null && previous.end() > clauseStart;
      if (clauseStart != this.clauseStart) {
        this.clauseStart = clauseStart;
        indexInClause = 0;
        distributed = List.of();
      } else {
        indexInClause++;
      }
      int segmentStart =
          sameClause ? Math.min(previous.qualifierEnd(), q.qualifierStart()) : clauseStart;
      String raw = text.subSequence(segmentStart, q.qualifierStart()).toString();
      if (indexInClause == 0) {
        distributed = subjectsBeforeRespectively(raw);
      }
      String label;
      boolean fromAfter = false;
      if (indexInClause < distributed.size()) {
        label = distributed.get(indexInClause);
      } else {
        String before = sameClause && previousFromAfter ? "" : trim(raw);
        if (q.kind() == UnitKind.RANK) {
          before = beforeRankVerb(before);
        }
        boolean examples = raw.strip().endsWith("等") || namesExamples(raw, q);
        if (examples) {
          before = "";
        }
        String after =
            q.kind() == UnitKind.RANK
                ? ""
                : phraseAfter(text, q, Math.min(clauseEnd, nextStart(q)));
        if (!after.isEmpty()) {
          String verb =
              sameClause && previousFromAfter
                  ? listVerb
                  : examples ? leadingVerb(stripWords(raw.strip(), true)) : tailVerb(raw);
          label = (before.isEmpty() && verb != null ? verb : before) + after;
          if (before.isEmpty() && after.length() <= SHORT_ITEM - 1 && !sameClause) {
            String topic = topic(clauseStart);
            if (topic != null) {
              label = topic + label; // 推进架空线入地整治工程，19条路段…
            }
          }
          fromAfter = true;
        } else if ((before.isEmpty() || isOnlyVerb(before))
            && !sharedAfter(q, clauseEnd).isEmpty()) {
          label = before + sharedAfter(q, clauseEnd); // 新建1条、翻建2条市民健身步道
        } else if (isOnlyVerb(before) && previousLabel != null && endsWithVerb(previousLabel)) {
          label = withoutTailVerb(previousLabel) + before; // 新建19项、竣工21项 → …竣工
        } else if (isOnlyVerb(before) && previousLabel == null) {
          String topic = sameClause ? null : topic(clauseStart);
          label = topic == null ? before : topic + before; // 实施架空线入地整治，计划开工32公里
        } else if (before.isEmpty() && !sameClause && topic(clauseStart) != null) {
          label = topic(clauseStart); // 农民的纯收入，全国平均每人达到355元
        } else if (before.isEmpty() || isOnlyVerb(before) || isPropertyOfPrevious(before)) {
          label = previousLabel == null ? before : previousLabel + before;
        } else {
          label = before;
          if (sameClause && listVerb != null && !startsWithVerb(label)) {
            label = listVerb + label;
          }
        }
      }
      if (label == null || label.isEmpty()) {
        String topic = sameClause ? null : topic(clauseStart);
        label = topic != null ? topic : previousLabel;
      } else if (!sameClause && GENERIC_HEADS.contains(label)) {
        String topic = topic(clauseStart);
        if (topic == null && isSpending(label)) {
          topic = nextClauseObject(q, clauseEnd); // 投资3700万元，集中改造11条背街巷道
        }
        if (topic == null && previousLabel != null && !GENERIC_HEADS.contains(previousLabel)) {
          topic = previousLabel; // 实施重点工业项目28个，完成投资33.9亿元
        }
        if (topic != null) {
          label = topic + label; // “菜篮子”工程一期全面完工，完成投资2.4亿元
        }
      }
      if ("经济".equals(label)) {
        label = "经济增长"; // the usual name of GDP growth, which trimming cut to its first word
      }
      if (label != null && label.length() > MAX_LENGTH) {
        label = label.substring(label.length() - MAX_LENGTH);
      }
      if (!sameClause) {
        listVerb = leadingVerb(label);
      }
      previous = q;
      previousLabel = label;
      previousFromAfter = fromAfter;
      return label;
    }
  }

  /**
   * 商品销售总额、社会消费品零售总额分别同比增长1%、14%: the subjects before 分别, which the figures after it take in order;
   * empty unless there are several.
   */
  private static List<String> subjectsBeforeRespectively(String segment) {
    int at = segment.indexOf("分别");
    if (at <= 0) {
      return List.of();
    }
    List<String> subjects = new ArrayList<>();
    for (String part : segment.substring(0, at).split("[、和及与]")) {
      String subject = trim(part);
      if (!subject.isEmpty()) {
        subjects.add(subject);
      }
    }
    return subjects.size() >= 2 ? shareWords(subjects) : List.of();
  }

  /**
   * 城镇和农村居民人均可支配收入 → 城镇居民人均可支配收入, 农村居民…; 受理数、案损数 after 电信网络诈骗案件: a short item of a list borrows the
   * words it shares with the long item.
   */
  private static List<String> shareWords(List<String> subjects) {
    String longest =
        subjects.stream().max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
    int longAt = subjects.indexOf(longest);
    List<String> shared = new ArrayList<>(subjects.size());
    for (int i = 0; i < subjects.size(); i++) {
      String item = subjects.get(i);
      boolean isShort = item.length() <= SHORT_ITEM && longest.length() > item.length() + 2;
      if (!isShort) {
        shared.add(item);
      } else if (i < longAt) {
        shared.add(item + longest.substring(item.length()));
      } else {
        shared.add(longest.substring(0, longest.length() - item.length()) + item);
      }
    }
    return shared;
  }

  /** 虹桥、丽华雅苑两个基金小镇: names listed before a small count in words are its examples. */
  private static boolean namesExamples(String raw, Quantity q) {
    boolean small =
        q.numeral() == org.duban.core.quantity.NumeralKind.CHINESE
            && q.value() >= 2
            && q.value() <= 10;
    String inner = stripPunctuation(raw);
    return small && inner.indexOf('、') >= 0 && !inner.contains("分别");
  }

  private static boolean endsWithVerb(String label) {
    return Holder.CARRY_VERBS.longestEndingAt(label, label.length(), 0) != null;
  }

  /** 保障性租赁房源筹措建设 → 保障性租赁房源: the label without the verbs it ends with. */
  private static String withoutTailVerb(String label) {
    WordTrie.Match<Boolean> m = Holder.CARRY_VERBS.longestEndingAt(label, label.length(), 0);
    while (m != null && m.start() > 0) {
      label = label.substring(0, m.start());
      m = Holder.CARRY_VERBS.longestEndingAt(label, label.length(), 0);
    }
    return label;
  }

  /** The action verb a segment ends with (完成, 新建), which trimming would drop, or null. */
  private static String tailVerb(String raw) {
    String s = raw.strip();
    WordTrie.Match<Boolean> m = Holder.CARRY_VERBS.longestEndingAt(s, s.length(), 0);
    return m == null ? null : s.substring(m.start(), m.end());
  }

  /** 增速位居中心城区 → 增速: what is ranked stands before the ranking verb. */
  private static String beforeRankVerb(String s) {
    for (String verb : new String[] {"位居", "位列", "名列", "排名", "排在", "跃居", "稳居", "居"}) {
      int at = s.lastIndexOf(verb);
      if (at >= 0) {
        return trim(s.substring(0, at));
      }
    }
    return s;
  }

  /** The verb a label starts with, to carry to the next items of a list, or null. */
  private static String leadingVerb(String label) {
    if (label == null) {
      return null;
    }
    WordTrie.Match<Boolean> m = Holder.CARRY_VERBS.longestAt(label, 0);
    return m == null ? null : label.substring(0, m.end());
  }

  private static boolean startsWithVerb(String label) {
    return Holder.CARRY_VERBS.longestAt(label, 0) != null;
  }

  private static boolean isOnlyVerb(String s) {
    WordTrie.Match<Boolean> m = Holder.CARRY_VERBS.longestAt(s, 0);
    return m != null && m.end() == s.length();
  }

  private static boolean isSpending(String label) {
    return label.equals("投资") || label.equals("完成投资") || label.equals("投入") || label.equals("总投资");
  }

  /** 增速, 占全区税收比重, 降幅: words that name a property of the figure before. */
  private static boolean isPropertyOfPrevious(String s) {
    return s.startsWith("占")
        || s.equals("增速")
        || s.equals("增幅")
        || s.equals("降幅")
        || s.equals("占比")
        || s.equals("比重")
        || s.equals("数量")
        || s.equals("规模")
        || s.equals("金额")
        || s.equals("总额")
        || s.equals("交易总额")
        || s.equals("总量")
        || s.equals("面积");
  }

  private static String phraseAfter(CharSequence text, Quantity q, int clauseEnd) {
    int start = q.qualifierEnd();
    boolean population = false;
    if (start < text.length() && text.charAt(start) == '的') {
      if (start + 3 <= text.length()
          && PROPERTY_NOUNS.contains(text.subSequence(start + 1, start + 3).toString())) {
        return ""; // 递增7.9%的基础上: a property of the figure, not what it counts
      }
      start++;
      population = q.kind().isRelative(); // 97.3%的居民小区实现…“零发案”: the predicate defines it
    }
    int limit = Math.min(clauseEnd, start + AFTER_REACH);
    int end = start;
    while (end < limit) {
      char c = text.charAt(end);
      boolean joinsNouns =
          (c == '和' || c == '及' || c == '与')
              && end + 1 < limit
              && !NumberScanner.isArabicDigit(text.charAt(end + 1))
              && !NumberScanner.isChineseNumeral(text.charAt(end + 1));
      if (joinsNouns) {
        end++;
        continue;
      }
      if (c == '、'
          || c == '和'
          || c == '及'
          || c == '（'
          || c == '('
          || Clause.isBoundary(c)
          || NumberScanner.isArabicDigit(c)
          || (!population && Holder.AFTER_STOP.longestAt(text, end) != null)) {
        break;
      }
      end++;
    }
    return trim(text.subSequence(start, end).toString());
  }

  /** The label without time words, adverbs, linking verbs and punctuation at its ends. */
  static String trim(String s) {
    String previous;
    do {
      previous = s;
      s = stripPunctuation(s);
      s = LeadingTime.strip(s);
      s = stripWords(s, true);
      s = stripWords(s, false);
      s = stripTrailingComparison(s);
      s = removeInside(s);
    } while (!s.equals(previous));
    return s;
  }

  private static String stripPunctuation(String s) {
    int from = 0;
    int to = s.length();
    while (from < to && isEdgeJunk(s.charAt(from))) {
      from++;
    }
    while (to > from && isEdgeJunk(s.charAt(to - 1))) {
      to--;
    }
    return s.substring(from, to);
  }

  private static boolean isEdgeJunk(char c) {
    return Character.isWhitespace(c)
        || c == '、'
        || c == '，'
        || c == ','
        || c == '。'
        || c == '；'
        || c == '：'
        || c == ':'
        || c == '*'
        || c == '#'
        || c == '-'
        || c == '—'
        || (c >= '①' && c <= '⑳');
  }

  private static String stripWords(String s, boolean atStart) {
    boolean changed = true;
    while (changed && !s.isEmpty()) {
      changed = false;
      WordTrie.Match<Boolean> m =
          atStart ? Holder.START.longestAt(s, 0) : Holder.END.longestEndingAt(s, s.length(), 0);
      if (m != null && m.end() - m.start() < s.length()) {
        s = atStart ? s.substring(m.end()) : s.substring(0, m.start());
        changed = true;
      } else if (m != null) {
        return "";
      }
    }
    return s;
  }

  /** 比2017年, 较上年 and the like at the end. */
  private static String stripTrailingComparison(String s) {
    if (s.endsWith("年")) {
      int i = s.length() - 1;
      int digits = i;
      while (digits > 0 && NumberScanner.isArabicDigit(s.charAt(digits - 1))) {
        digits--;
      }
      if (i - digits == 4
          && digits > 0
          && (s.charAt(digits - 1) == '比' || s.charAt(digits - 1) == '较')) {
        return s.substring(0, digits - 1);
      }
    }
    return s;
  }

  private static String removeInside(String s) {
    StringBuilder b = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      WordTrie.Match<Boolean> m = Holder.INSIDE.longestAt(s, i);
      if (m != null && s.length() - (m.end() - m.start()) > 0) {
        i = m.end();
      } else {
        b.append(s.charAt(i++));
      }
    }
    return b.toString();
  }
}
