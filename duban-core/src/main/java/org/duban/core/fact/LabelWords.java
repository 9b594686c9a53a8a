package org.duban.core.fact;

import java.util.regex.Pattern;
import org.duban.core.clean.ListNumbers;
import org.duban.core.lexicon.LexiconFile;
import org.duban.core.lexicon.WordTrie;
import org.duban.core.quantity.NumberScanner;

/**
 * The words of labels: what to trim from their ends (time words, adverbs, linking verbs), the
 * action verbs that open them (新增, 建成), and the words that end the phrase after a figure. Lexicons
 * in {@code indicator-trim.tsv}, {@code carry-verbs.txt}, {@code indicator-after-stop.txt}.
 */
final class LabelWords {

  private static final String TRIM = "org/duban/core/fact/indicator-trim.tsv";
  private static final String CARRY = "org/duban/core/fact/carry-verbs.txt";
  private static final String AFTER_STOP_WORDS = "org/duban/core/fact/indicator-after-stop.txt";
  private static final String PREDICATE_OPENERS = "org/duban/core/fact/predicate-openers.tsv";
  private static final String CLAUSE_OPENERS = "org/duban/core/fact/clause-openers.txt";

  private LabelWords() {}

  private static final class Holder {
    static final WordTrie<Boolean> START;
    static final WordTrie<Boolean> END;
    static final WordTrie<Boolean> INSIDE;
    static final WordTrie<Boolean> CARRY_VERBS;
    static final WordTrie<Boolean> AFTER_STOP;
    static final WordTrie<Boolean> PREDICATE;
    static final WordTrie<Boolean> ADVERBS;
    static final WordTrie<Boolean> OPENERS = trie(CLAUSE_OPENERS);

    static {
      WordTrie.Builder<Boolean> start = WordTrie.builder();
      WordTrie.Builder<Boolean> end = WordTrie.builder();
      WordTrie.Builder<Boolean> inside = WordTrie.builder();
      for (String[] row : LexiconFile.rows(TRIM)) {
        switch (row[1].strip()) {
          case "start" -> start.put(row[0], true);
          case "keep" -> start.put(row[0], false);
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
      WordTrie.Builder<Boolean> predicate = WordTrie.builder();
      WordTrie.Builder<Boolean> adverbs = WordTrie.builder();
      for (String[] row : LexiconFile.rows(PREDICATE_OPENERS)) {
        predicate.put(row[0], true);
        if (row[1].strip().equals("adverb")) {
          adverbs.put(row[0], true);
        }
      }
      PREDICATE = predicate.build();
      ADVERBS = adverbs.build();
    }

    private static WordTrie<Boolean> trie(String path) {
      return WordTrie.ofWords(LexiconFile.words(path));
    }
  }

  /** Whether a word that ends the phrase after a figure starts at {@code pos}. */
  static boolean stopsPhraseAt(CharSequence text, int pos) {
    return Holder.AFTER_STOP.longestAt(text, pos) != null;
  }

  /** The length of the word at {@code pos} that opens a predicate, or 0. */
  static int predicateOpenerAt(CharSequence text, int pos) {
    WordTrie.Match<Boolean> m = Holder.PREDICATE.longestAt(text, pos);
    return m == null ? 0 : m.end() - m.start();
  }

  /** 首次全部通过验收 → 通过验收: a predicate without the adverbs it opens with. */
  static String withoutLeadingAdverbs(String predicate) {
    String s = stripPunctuation(predicate);
    WordTrie.Match<Boolean> m = Holder.ADVERBS.longestAt(s, 0);
    while (m != null && m.end() < s.length()) {
      s = s.substring(m.end());
      m = Holder.ADVERBS.longestAt(s, 0);
    }
    return s;
  }

  /**
   * Whether {@code raw} holds only words that open a clause before its subject (全区, 其中, 有), so that
   * a figure after it opens its clause.
   */
  static boolean isOnlyClauseOpeners(String raw) {
    String s = LeadingTime.strip(withoutListNumber(stripPunctuation(raw)));
    while (!s.isEmpty()) {
      WordTrie.Match<Boolean> m = Holder.OPENERS.longestAt(s, 0);
      if (m == null) {
        return false;
      }
      s = stripPunctuation(s.substring(m.end()));
    }
    return true;
  }

  static boolean endsWithVerb(String label) {
    return Holder.CARRY_VERBS.longestEndingAt(label, label.length(), 0) != null;
  }

  /** 保障性租赁房源筹措建设 → 保障性租赁房源: the label without the verbs it ends with. */
  static String withoutTailVerb(String label) {
    WordTrie.Match<Boolean> m = Holder.CARRY_VERBS.longestEndingAt(label, label.length(), 0);
    while (m != null && m.start() > 0) {
      label = label.substring(0, m.start());
      m = Holder.CARRY_VERBS.longestEndingAt(label, label.length(), 0);
    }
    return label;
  }

  /** The action verb a segment ends with (完成, 新建), which trimming would drop, or null. */
  static String tailVerb(String raw) {
    String s = raw.strip();
    WordTrie.Match<Boolean> m = Holder.CARRY_VERBS.longestEndingAt(s, s.length(), 0);
    return m == null ? null : s.substring(m.start(), m.end());
  }

  /** 铺排落实重点项目 → 重点项目: the label without the action verbs it opens with. */
  static String withoutLeadingVerbs(String label) {
    String s = label;
    WordTrie.Match<Boolean> m = Holder.CARRY_VERBS.longestAt(s, 0);
    while (m != null && m.end() < s.length()) {
      s = s.substring(m.end());
      m = Holder.CARRY_VERBS.longestAt(s, 0);
    }
    return s;
  }

  /** The verb a label starts with, to carry to the next items of a list, or null. */
  static String leadingVerb(String label) {
    if (label == null) {
      return null;
    }
    WordTrie.Match<Boolean> m = Holder.CARRY_VERBS.longestAt(label, 0);
    return m == null ? null : label.substring(0, m.end());
  }

  /** Whether an action verb (新增, 建成, 完成) stands anywhere in {@code s}. */
  static boolean containsVerb(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Holder.CARRY_VERBS.longestAt(s, i) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * 零售额在上年同期高增速基础上 → 零售额: the ground a change stands on (在…基础上) ending a label is not what changes.
   */
  static String withoutBasis(String label) {
    if (label == null || !label.endsWith("基础上")) {
      return label;
    }
    int at = label.lastIndexOf('在');
    if (at <= 0 || label.length() - at > MAX_BASIS) {
      return label;
    }
    return trim(label.substring(0, at));
  }

  private static final int MAX_BASIS = 20;

  static boolean startsWithVerb(String label) {
    return Holder.CARRY_VERBS.longestAt(label, 0) != null;
  }

  static boolean isOnlyVerb(String s) {
    WordTrie.Match<Boolean> m = Holder.CARRY_VERBS.longestAt(s, 0);
    return m != null && m.end() == s.length();
  }

  /** The label without time words, adverbs, linking verbs and punctuation at its ends. */
  static String trim(String s) {
    String previous;
    do {
      previous = s;
      s = stripPunctuation(s);
      s = withoutListNumber(s);
      s = withoutAmong(s);
      s = LeadingTime.strip(s);
      s = stripWords(s, true);
      s = stripWords(s, false);
      s = stripTrailingComparison(s);
      s = removeInside(s);
    } while (!s.equals(previous));
    return s;
  }

  /**
   * 新建甲路、乙路等城市主干道路 → 新建城市主干道路: the examples named before 等 are not what is counted; the verb
   * opening them stays.
   */
  static String withoutExamples(String s) {
    int at = s.lastIndexOf('等');
    if (at <= 0 || at + 1 >= s.length() || "级同于待".indexOf(s.charAt(at + 1)) >= 0) {
      return s;
    }
    String examples = s.substring(0, at);
    if (examples.indexOf('、') < 0) {
      return s;
    }
    String verb = leadingVerb(examples);
    return (verb == null || verb.length() == examples.length() ? "" : verb) + s.substring(at + 1);
  }

  /** 上市公司中 → 上市公司: 中 after a population says "among", not what is counted (高中, 集中 stay). */
  static String withoutAmong(String s) {
    int n = s.length();
    if (n >= 3 && s.charAt(n - 1) == '中' && "高初集城空心途其之当".indexOf(s.charAt(n - 2)) < 0) {
      return s.substring(0, n - 1);
    }
    return s;
  }

  /** 12．全区…, （三）新增…: the number of a list item is not part of what it measures. */
  static String withoutListNumber(String s) {
    ListNumbers.Match m = ListNumbers.match(s, 0);
    if (m == null || m.end() >= s.length()) {
      return s;
    }
    return switch (m.style()) {
      case CHINESE, CHINESE_PAREN, ARABIC, ARABIC_PAREN, CIRCLED, BRACKET, ENUMERATION, ORDINAL ->
          stripPunctuation(s.substring(m.end()));
      default -> s;
    };
  }

  static String stripPunctuation(String s) {
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

  static String stripWords(String s, boolean atStart) {
    boolean changed = true;
    while (changed && !s.isEmpty()) {
      changed = false;
      WordTrie.Match<Boolean> m =
          atStart ? Holder.START.longestAt(s, 0) : Holder.END.longestEndingAt(s, s.length(), 0);
      if (m != null && !m.value()) {
        return s; // a word that only begins like one trimmed (在建 is no 在)
      }
      if (m != null && m.end() - m.start() < s.length()) {
        s = atStart ? s.substring(m.end()) : s.substring(0, m.start());
        changed = true;
      } else if (m != null) {
        return "";
      }
    }
    return s;
  }

  /** 旅游收入（比2010年） → 旅游收入: a label without the base a multiple added to it. */
  static String withoutBase(String label) {
    int at = label.lastIndexOf("（比");
    return at > 0 && label.endsWith("）") ? label.substring(0, at) : label;
  }

  /** 比2017年, 较上年, 比“十三五”时期, 比1-9月 and the like at the end. */
  private static String stripTrailingComparison(String s) {
    int at = Math.max(s.lastIndexOf('比'), s.lastIndexOf('较'));
    if (at > 0
        && (PLAN_PERIOD_BASE.matcher(s.substring(at + 1)).matches()
            || EARLIER_MONTHS.matcher(s.substring(at + 1)).matches())) {
      return s.substring(0, at);
    }
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

  private static boolean anyInside(String s) {
    for (int i = 0; i < s.length(); i++) {
      WordTrie.Match<Boolean> m = Holder.INSIDE.longestAt(s, i);
      if (m != null && s.length() - (m.end() - m.start()) > 0) {
        return true;
      }
    }
    return false;
  }

  // 增速比1-9月加快, 比上月回落, 比一季度提高: the months a running figure is compared with
  private static final Pattern EARLIER_MONTHS =
      Pattern.compile("(\\d{1,2}[-—－至])?\\d{1,2}月份?|上月|上半年|[一二三]季度|前三季度|一至[二三四五六七八九十]{1,2}月份?");

  private static final Pattern PLAN_PERIOD_BASE =
      Pattern.compile("[“\"]?十[一二三四五六]五[”\"]?(时期|期间|末)?");

  private static String removeInside(String s) {
    if (!anyInside(s)) {
      return s; // most labels hold none: keep the string rather than copy it
    }
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
