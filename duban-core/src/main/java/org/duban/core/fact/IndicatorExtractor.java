package org.duban.core.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.duban.core.meta.DocumentType;
import org.duban.core.quantity.NumberScanner;
import org.duban.core.quantity.Quantity;
import org.duban.core.quantity.UnitKind;
import org.duban.core.text.Texts;

/**
 * Finds what a figure measures: the noun phrase a reader would put in a table's first column.
 * Usually the words of its clause before it, trimmed of time words, adverbs and the verb that links
 * it to the figure (全年地区生产总值达到 → 地区生产总值); when the figure opens its clause, the words after it
 * (完成2座口袋公园 → 口袋公园); when neither says anything, the previous figure's indicator (同比增长12.8%),
 * extended by a property word when there is one (增速位居 → …增速).
 */
final class IndicatorExtractor implements FigureStage {

  private static final int MAX_LENGTH = 24;
  private static final int AFTER_REACH = 16;
  private static final int NOUN_LIST_REACH = 40;
  private static final int SHORT_NOUN = 6;
  private static final Set<String> CHANGES_OF_PREVIOUS =
      Set.of("精简", "削减", "压减", "压缩", "减少", "下降", "降低", "增长", "增加", "提高", "提升", "缩短");
  private static final Set<String> CAUSATIVES = Set.of("使", "让", "令", "使得", "促使");
  private static final int PREDICATE_REACH = 16;
  private static final int MAX_TOPIC = 20;
  private static final int SHORT_ITEM = 3;
  // Verbs after an amount of money that open what it is spent on, besides the action verbs.
  // Words before 投资 that leave it a bare amount of spending: 五年共完成投资, 全年计划投资.
  private static final List<String> SPENDING_OPENERS =
      List.of("五年", "全年", "年内", "今年", "累计", "共", "完成", "计划", "共完成", "实际");
  // Rates of handling what was just counted (建议68件、提案118件，办结率100%), which say of what only there.
  private static final Set<String> HANDLING_RATES =
      Set.of("办结率", "办复率", "解决率", "答复率", "满意率", "见面率", "回复率", "化解率", "处理率");
  private static final int FROM_REACH = 10;
  private static final int LEAD_SENTENCE = 24;
  // Words that end the subject of a short sentence leading a paragraph (…工作成效明显, …取得新进展).
  private static final List<String> LEAD_PREDICATES =
      List.of(
          "取得", "成效", "进展", "工作", "不断", "稳步", "加快", "扎实", "有序", "明显", "显著", "进一步", "迈上", "再上", "有力",
          "全面");
  private static final int COMPARISON_REACH = 14;
  private static final List<String> CHANGES =
      List.of("增长", "下降", "增加", "减少", "提高", "降低", "上升", "回落", "高出", "低", "高", "多", "少", "翻");
  private static final List<String> SPENDING_VERBS = List.of("实施", "用于", "开展", "推进", "实现");
  private static final Set<String> EQUIVALENTS = Set.of("折合", "约合", "合", "相当于", "折算");
  private static final List<String> CAPACITY_WORDS =
      List.of("日处理", "年处理", "日产", "年产", "日供水", "年吞吐", "日吞吐");
  private static final List<String> COMPARISONS =
      List.of("超过", "高于", "低于", "快于", "慢于", "领先", "高出", "低出", "超出");
  // what a comparison with a place names besides the place: 高于全国平均水平, 快于同期
  private static final List<String> COMPARED_LEVELS =
      List.of("全国", "全省", "全市", "全区", "全县", "同期", "平均水平", "平均", "水平");
  private static final Set<String> FRAMED_PROPERTIES =
      Set.of("增速", "增幅", "增长", "降幅", "总量", "规模", "平均水平", "水平", "平均增速");
  private static final java.util.Set<String> PROPERTY_NOUNS =
      java.util.Set.of("基础", "水平", "速度", "目标", "标准", "幅度", "区间", "增长", "增速", "平均");
  // Labels that name a kind of figure but not whose: the topic before them says whose.
  private static final java.util.Set<String> GENERIC_HEADS =
      java.util.Set.of(
          "税收", "综合税收", "区级税收", "营业收入", "营收", "利润", "净利润", "产量", "投入", "交易额", "成交额", "销售额", "投资",
          "完成投资", "增速", "增长", "规模", "总额", "产值", "收入", "金额", "面积", "数量", "占比", "比重", "总量", "补助",
          "补贴", "财政补助", "补助标准", "补贴标准", "标准");

  @Override
  public Set<Attribute> requires() {
    return Set.of();
  }

  @Override
  public Attribute provides() {
    return Attribute.INDICATOR;
  }

  /**
   * Labels the figures sentence by sentence. A sentence continuing its statement after a ； starts
   * from the last label of the sentence before; the paragraph's last label stays as a last resort
   * until the paragraph ends.
   */
  @Override
  public List<Figure> annotate(List<Figure> figures) {
    List<Figure> out = new ArrayList<>(figures.size());
    String carried = null;
    String paragraphLabel = null;
    String frame = null;
    int framesFrom = 0;
    int i = 0;
    while (i < figures.size()) {
      int j = i + 1;
      while (j < figures.size() && figures.get(j).place().continuity() == Continuity.SENTENCE) {
        j++;
      }
      List<Figure> sentence = figures.subList(i, j);
      Figure first = sentence.get(0);
      switch (first.place().continuity()) {
        case NONE -> {
          carried = null;
          paragraphLabel = null;
          frame = null;
        }
        case PARAGRAPH -> carried = null;
        default -> {}
      }
      int sentenceStart = first.place().sentenceStart();
      if (first.place().continuity() == Continuity.NONE) {
        framesFrom = Frames.paragraphStart(first.text(), sentenceStart);
      }
      frame = Frames.last(first.text(), Math.min(framesFrom, sentenceStart), sentenceStart, frame);
      framesFrom = sentenceStart + 1;
      SentenceLabels labels = new SentenceLabels(first, sentence, carried, paragraphLabel);
      String last = carried;
      for (Figure f : sentence) {
        last = framed(labels.label(f), frame);
        out.add(f.withIndicator(last));
      }
      carried = last;
      paragraphLabel = last != null ? last : paragraphLabel;
      i = j;
    }
    return out;
  }

  /**
   * 从工业产值总量来看，甲市以4.4万亿元居首: under a frame, a label that names nothing (a verb, a bare property such
   * as 增速) is the frame's.
   */
  private static String framed(String label, String frame) {
    if (frame == null) {
      return label;
    }
    if (label == null || label.isEmpty() || label.startsWith("以")) {
      return frame;
    }
    String rest = label.startsWith("为") ? label.substring(1) : label;
    if (rest.isEmpty() || LabelWords.isOnlyVerb(rest) || isComparisonWithPlace(rest)) {
      return frame; // 从两年平均增速来看，…超过同期全国4.1%: the frame names it, not the comparison
    }
    if (FRAMED_PROPERTIES.contains(label)) {
      return frame.endsWith(label) ? frame : frame + label;
    }
    // 快于全省增速 under 从三年平均增速来看: a comparison, not a name, before the frame's property
    for (String property : FRAMED_PROPERTIES) {
      if (frame.endsWith(property) && label.endsWith(property) && isComparison(label)) {
        return frame;
      }
    }
    return label;
  }

  /**
   * 建成日处理5万吨的污水处理厂 → 污水处理厂日处理能力: a figure after 日处理, 年产 and the like is the capacity of the plant
   * named after it; null when it is not.
   */
  private static String capacityOf(String raw, After found) {
    String before = raw.strip();
    for (String word : CAPACITY_WORDS) {
      if (before.endsWith(word)) {
        String plant = LabelWords.trim(found.noun().isEmpty() ? found.phrase() : found.noun());
        if (plant.isEmpty()) {
          return null;
        }
        return plant + word + (word.endsWith("产") ? "能" : "能力");
      }
    }
    return null;
  }

  /** 高于全国平均, 快于全省: how the figure before compares with a place's. */
  private static boolean isMethodNote(String clause) {
    return (clause.startsWith("按") || clause.startsWith("以"))
        && (clause.endsWith("计算") || clause.endsWith("统计") || clause.endsWith("口径"));
  }

  /** 增速高于全省 → 增速: a property compared with a place's is still the property. */
  private static String withoutPlaceComparison(String label) {
    for (String property : FRAMED_PROPERTIES) {
      if (label.startsWith(property)
          && label.length() > property.length()
          && isComparisonWithPlace(label.substring(property.length()))) {
        return property;
      }
    }
    return label;
  }

  private static boolean isComparisonWithPlace(String s) {
    for (String comparison : COMPARISONS) {
      if (s.startsWith(comparison)) {
        String rest = s.substring(comparison.length());
        rest = rest.substring(RegionResolver.placeOpening(rest));
        for (String level : COMPARED_LEVELS) {
          rest = rest.replace(level, "");
        }
        return rest.isEmpty() && s.length() > comparison.length();
      }
    }
    return false;
  }

  private static boolean startsWithComparison(String label) {
    return COMPARISONS.stream().anyMatch(label::startsWith);
  }

  private static boolean isComparison(String label) {
    return COMPARISONS.stream().anyMatch(label::contains);
  }

  /** The labelling state of one sentence: figures are labelled in reading order. */
  final class SentenceLabels {
    private final CharSequence text;
    private Quantity previous;
    private String previousLabel;
    private String listVerb;
    private boolean previousFromAfter;
    private List<String> distributed = List.of();
    private List<String> respectiveSubjects = List.of();
    private final List<String> earlierLabels = new ArrayList<>();
    private boolean earlierAllCounts = true;

    private final int sentenceStart;
    private final String paragraphLabel;
    private int topicFor = -1;
    private String cachedTopic;
    private final List<Quantity> quantities;
    private final boolean news;

    /**
     * @param carried the label of the last figure of the sentence before, when this sentence
     *     continues it after a ；, or null
     * @param paragraphLabel the label of the paragraph's last figure, a last resort, or null
     */
    private SentenceLabels(
        Figure first, List<Figure> figures, String carried, String paragraphLabel) {
      this.text = first.text();
      this.sentenceStart = first.place().sentenceStart();
      this.quantities = figures.stream().map(Figure::quantity).toList();
      this.previousLabel = carried;
      this.paragraphLabel = paragraphLabel;
      this.news = first.meta().type() == DocumentType.NEWS;
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
      if (next == null || next.start() >= clauseEnd || next.qualifierStart() < q.qualifierEnd()) {
        return "";
      }
      String gap = text.subSequence(q.qualifierEnd(), next.qualifierStart()).toString();
      if (gap.isEmpty() || "、和及与".indexOf(gap.charAt(0)) < 0) {
        return "";
      }
      String verb = gap.substring(1);
      if (!verb.isEmpty() && !LabelWords.isOnlyVerb(verb)) {
        return "";
      }
      // 改造860户、5.3万平方米城中村: amounts of one object in several units share it too
      if (next.kind() != q.kind() && !verb.isEmpty()) {
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
      String opening = LabelWords.stripWords(next, true);
      if (LabelWords.leadingVerb(opening) == null
          && SPENDING_VERBS.stream().noneMatch(opening::startsWith)) {
        return null;
      }
      // the figures of the next clause are their own facts: the object is what remains
      StringBuilder object = new StringBuilder();
      int i = start;
      for (Quantity other : quantities) {
        if (other.end() <= i || other.start() >= end) {
          continue;
        }
        object.append(text, i, Math.max(i, other.start()));
        i = Math.max(i, other.end());
        while (i < end && "、和及".indexOf(text.charAt(i)) >= 0) {
          i++;
        }
      }
      object.append(text, i, end);
      String label = LabelWords.trim(object.toString());
      return label.isEmpty() ? null : label;
    }

    /**
     * 投资800万元新建两座公厕, 投资300万元对老街进行改造, 投资1亿元的滨河公园: money spent is named by what it is spent on, the
     * object of the verb or the noun after it in the same clause; null when neither follows.
     */
    private String spendingObject(Quantity q, String before, int clauseEnd) {
      if (!isSpending(before)) {
        return null;
      }
      int pos = q.qualifierEnd();
      if (pos >= clauseEnd) {
        return null;
      }
      boolean nounPhrase = text.charAt(pos) == '的';
      int verb = nounPhrase ? 1 : spendingVerbAt(pos, clauseEnd);
      if (verb == 0) {
        return null;
      }
      pos += verb;
      if (pos < clauseEnd && text.charAt(pos) == '了') {
        pos++;
      }
      StringBuilder object = new StringBuilder();
      int limit = Math.min(clauseEnd, pos + MAX_TOPIC + 6);
      int i = pos;
      while (i < limit) {
        Quantity inside = quantityCovering(i);
        if (inside != null) {
          i = Math.max(i + 1, inside.qualifierEnd()); // what it counts is its own figure
          continue;
        }
        char c = text.charAt(i);
        if (c == '（' || c == '(') {
          break;
        }
        if (nounPhrase && object.length() >= 2 && LabelWords.predicateOpenerAt(text, i) > 0) {
          break; // 投资1亿元的滨河公园开工建设: the noun ends where its predicate starts
        }
        if (c == '进' && i + 1 < limit && text.charAt(i + 1) == '行') {
          i += 2; // 对老街进行改造 → 老街改造
          continue;
        }
        object.append(c);
        i++;
      }
      String label = LabelWords.trim(object.toString());
      return label.length() < 2 ? null : label + (before.contains("投资") ? "投资" : before);
    }

    /** The length of the verb that opens what money is spent on at {@code pos}, or 0. */
    private int spendingVerbAt(int pos, int clauseEnd) {
      String s = text.subSequence(pos, Math.min(clauseEnd, pos + 4)).toString();
      if (s.startsWith("对")) {
        return 1;
      }
      for (String v : SPENDING_VERBS) {
        if (s.startsWith(v)) {
          return v.length();
        }
      }
      String verb = LabelWords.leadingVerb(s);
      return verb == null ? 0 : verb.length();
    }

    /** The figure of this sentence whose expression covers {@code pos}, or null. */
    private Quantity quantityCovering(int pos) {
      for (Quantity other : quantities) {
        if (other.qualifierStart() <= pos && pos < other.qualifierEnd()) {
          return other;
        }
      }
      return null;
    }

    /**
     * 老城区改造工作成效明显。全年完成投资3.5亿元: a short sentence without figures leading the one with a bare amount
     * says what the amount is of, by its subject; null when there is none.
     */
    private String leadSubject() {
      int end = sentenceStart;
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      if (end == 0 || (text.charAt(end - 1) != '。' && end == sentenceStart)) {
        return null;
      }
      if (text.charAt(end - 1) == '。') {
        end--;
      }
      int start = end;
      while (start > 0 && end - start <= LEAD_SENTENCE) {
        char c = text.charAt(start - 1);
        if (c == '。' || c == '！' || c == '？' || c == '\n' || c == '；') {
          break;
        }
        if (Clause.isBoundary(c) || NumberScanner.isArabicDigit(c)) {
          return null; // not a short statement of a topic
        }
        start--;
      }
      if (end - start > LEAD_SENTENCE || end - start < 4) {
        return null;
      }
      for (int i = start + 2; i < end; i++) {
        if (LabelWords.predicateOpenerAt(text, i) > 0 || startsWithAny(i, LEAD_PREDICATES)) {
          String subject = LabelWords.trim(text.subSequence(start, i).toString());
          return subject.length() < 2 ? null : subject;
        }
      }
      return null;
    }

    private boolean startsWithAny(int pos, List<String> words) {
      for (String w : words) {
        if (org.duban.core.text.Texts.startsWith(text, pos, w)) {
          return true;
        }
      }
      return false;
    }

    /**
     * 比2019年同期增长20%: the base a change is measured against when it is a year written out, up to the
     * verb of change; null otherwise (比上年 is the usual base and says nothing).
     */
    private String comparisonBase(int clauseStart, int figureStart) {
      for (int i = Math.max(clauseStart, figureStart - COMPARISON_REACH);
          i < figureStart - 5;
          i++) {
        char c = text.charAt(i);
        if ((c == '比' || c == '较')
            && NumberScanner.isArabicDigit(text.charAt(i + 1))
            && i + 5 < figureStart
            && text.charAt(i + 5) == '年') {
          int end = i + 6;
          while (end < figureStart && end - i < COMPARISON_REACH && !startsWithAny(end, CHANGES)) {
            end++;
          }
          return end < figureStart ? text.subSequence(i, end).toString() : null;
        }
      }
      return null;
    }

    /** The next figure of the sentence after {@code q}, or null. */
    private Quantity next(Quantity q) {
      for (Quantity other : quantities) {
        if (other.start() >= q.end()) {
          return other;
        }
      }
      return null;
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
      if (topicFor != clauseStart) {
        String t = LabelWords.trim(text.subSequence(previousStart, clauseStart - 1).toString());
        if (isMethodNote(t)) {
          t = ""; // 按不变价格计算: how the figure is counted, not what
        }
        // 其次为江苏和北京，分别高出…: a clause naming only places says whose, not what
        boolean places = !RegionResolver.onlyPlaces(text, previousStart, clauseStart - 1).isEmpty();
        cachedTopic = t.isEmpty() || t.length() > MAX_TOPIC || places ? null : t;
        topicFor = clauseStart;
      }
      return cachedTopic;
    }

    /** The end of a long clause before, when nothing nearer names a figure; or null. */
    private String previousClauseTail(int clauseStart) {
      if (clauseStart <= sentenceStart) {
        return null;
      }
      int previousStart = Clause.start(text, clauseStart - 1, sentenceStart);
      if (!RegionResolver.onlyPlaces(text, previousStart, clauseStart - 1).isEmpty()) {
        return null;
      }
      String t = LabelWords.trim(text.subSequence(previousStart, clauseStart - 1).toString());
      return t.isEmpty() ? null : t.substring(Math.max(0, t.length() - MAX_TOPIC));
    }

    /** The indicator of {@code figure}, the next figure of the sentence. */
    String label(Figure figure) {
      Quantity q = figure.quantity();
      int clauseStart = figure.place().clauseStart();
      int clauseEnd = figure.place().clauseEnd();
      int indexInClause = figure.place().indexInClause();
      boolean sameClause = previous != null && previous.end() > clauseStart;
      int segmentStart =
          sameClause ? Math.min(previous.qualifierEnd(), q.qualifierStart()) : clauseStart;
      String raw = text.subSequence(segmentStart, q.qualifierStart()).toString();
      int from = Math.max(raw.lastIndexOf('由'), raw.lastIndexOf('从'));
      if (from >= 0 && raw.length() - from <= FROM_REACH && FromTo.isFollowedByTo(text, q)) {
        raw = raw.substring(0, from); // 森林覆盖率由2010年的21.6%提高到…
      }
      if (indexInClause == 0) {
        distributed = Subjects.beforeRespectively(raw);
        if (!distributed.isEmpty()) {
          respectiveSubjects = distributed;
        } else if (continuesRespectively(raw, clauseStart, clauseEnd)) {
          // 甲、乙分别增长5%、8%，两年平均分别增长3%、4%: the same subjects, another measure of them
          String said = Subjects.propertyBeforeRespectively(raw);
          String property = q.kind() == UnitKind.RANK ? beforeRankVerb(said) : said;
          distributed = respectiveSubjects.stream().map(s -> s + property).toList();
        }
      }
      // 甲、乙分别从3家、5家增加到6家、9家: the items after the last subject start over
      Labelled found =
          !distributed.isEmpty()
              ? new Labelled(distributed.get(indexInClause % distributed.size()), false)
              : fromWords(q, raw, sameClause, clauseStart, clauseEnd);
      String named = withoutPlace(found.text());
      if (previousLabel == null && paragraphLabel != null && STATISTICS.contains(named)) {
        named = ofOwner(paragraphLabel, named); // 甲省增速为9%。乙、丙两省增速也超过8%: the same measure
      }
      if (q.kind() == UnitKind.COUNT && named != null) {
        named = LabelWords.withoutExamples(named); // what is counted, not the examples named
      }
      String label =
          TaskTopics.named(
              text, completed(named, q, sameClause, clauseStart, clauseEnd), q.start());
      if (sameClause
          && distributed.isEmpty()
          && previousLabel != null
          && FromTo.isToValue(text, q, clauseStart)) {
        label = previousLabel; // 由第12位跃升至第9位: the level reached is of the same thing
      }
      String base = MultipleOfBase.base(text, q, clauseStart);
      String multiplied = previousLabel != null ? previousLabel : topic(clauseStart);
      if (base != null && multiplied != null) {
        label = LabelWords.withoutBase(multiplied) + "（比" + base + "）"; // 是2010年的2.6倍
      }
      String around = sameClause ? null : aroundTopic(clauseStart, label);
      if (around != null) {
        label = around;
      }
      String taken = timeTakenFor(q);
      if (taken != null) {
        label = taken;
      }
      if (q.kind() == UnitKind.RANK && ranksAllBefore(raw)) {
        label = String.join("、", earlierLabels) + (earlierAllCounts ? "数量" : "");
      }
      if (!sameClause) {
        listVerb = LabelWords.leadingVerb(label);
      }
      previous = q;
      previousLabel = label;
      previousFromAfter = found.fromAfter();
      if (q.kind() != UnitKind.RANK && label != null && !label.isEmpty()) {
        if (!earlierLabels.contains(label)) {
          earlierLabels.add(label);
        }
        earlierAllCounts &= q.kind() == UnitKind.COUNT;
      }
      String comparison = news ? comparisonBase(clauseStart, q.qualifierStart()) : null;
      if (comparison != null && label != null && !label.isEmpty() && !label.contains(comparison)) {
        // 固定资产投资比2019年同期: in statistics news a change against a year named says so
        return label + comparison;
      }
      return label;
    }

    /**
     * 围绕科技创新，提出4项指标 → 科技创新指标: a clause opened by 围绕 (聚焦) names what the things set out in the next
     * one are about; null when it does not.
     */
    private String aroundTopic(int clauseStart, String label) {
      String topic = topic(clauseStart);
      if (topic == null || label == null) {
        return null;
      }
      for (String w : AROUND) {
        if (topic.startsWith(w) && topic.length() > w.length()) {
          String what = withoutSettingOut(label);
          return what.equals(label) ? null : topic.substring(w.length()) + what;
        }
      }
      return null;
    }

    /**
     * 用3年时间，建成一批示范项目 → 建成一批示范项目时间: how long something takes is named by what it takes that long to
     * do, or null.
     */
    private String timeTakenFor(Quantity q) {
      int at = q.qualifierEnd();
      if (q.kind() != UnitKind.DURATION || !Texts.startsWith(text, at, "时间")) {
        return null;
      }
      int start = at + 2;
      while (start < text.length() && Clause.isBoundary(text.charAt(start))) {
        start++;
      }
      int end = Clause.end(text, start, text.length());
      String done = LabelWords.trim(text.subSequence(start, end).toString());
      return done.isEmpty() || done.length() + 2 > MAX_LENGTH ? null : done + "时间";
    }

    /**
     * 甲增至3000家、乙增至8万家，均居全国第一: a rank in a clause of its own that opens with 均 ranks every figure of
     * the sentence before it.
     */
    private boolean ranksAllBefore(String raw) {
      String r = LabelWords.stripPunctuation(raw);
      return earlierLabels.size() >= 2 && (r.startsWith("均") || r.startsWith("都"));
    }

    /**
     * Whether the clause has 分别 but no subjects of its own, and as many figures as the last list of
     * subjects of the sentence had.
     */
    private boolean continuesRespectively(String raw, int clauseStart, int clauseEnd) {
      if (respectiveSubjects.isEmpty() || !raw.contains("分别")) {
        return false;
      }
      long figures =
          quantities.stream()
              .filter(q -> q.start() >= clauseStart && q.start() < clauseEnd)
              .count();
      return figures == respectiveSubjects.size();
    }

    /** A label and whether it came from the words after its figure. */
    private record Labelled(String text, boolean fromAfter) {}

    /** The label the words around {@code q} give: before it, after it, or the figure's before. */
    private Labelled fromWords(
        Quantity q, String raw, boolean sameClause, int clauseStart, int clauseEnd) {
      String before =
          withoutPlaceComparison(sameClause && previousFromAfter ? "" : LabelWords.trim(raw));
      String spent = spendingObject(q, before, clauseEnd);
      if (spent != null) {
        return new Labelled(spent, false);
      }
      if (q.kind() == UnitKind.RANK) {
        String ranked = RankReader.rankedAfter(text, q, clauseEnd);
        if (ranked != null) {
          return new Labelled(ranked, true); // 全球第一造船大国: what is ranked follows
        }
        before = beforeRankVerb(before);
        String predicate = LabelWords.withoutLeadingAdverbs(before);
        if (OVERTAKING.stream().anyMatch(predicate::startsWith)) {
          before = ""; // 首次超过乙省位列全国第三: a clause without its own subject ranks what was just said
        }
      }
      boolean examples = raw.strip().endsWith("等") || Subjects.namesExamples(raw, q);
      if (examples) {
        before = "";
      }
      // 由3%回升至5.5%: the verb after a starting value is the change, not part of the name
      After found =
          q.kind() == UnitKind.RANK || FromTo.isFromValue(text, q)
              ? After.NONE
              : after(text, q, clauseEnd, next(q));
      String capacity = capacityOf(raw, found);
      if (capacity != null) {
        return new Labelled(capacity, true);
      }
      String after = found.phrase();
      String verb =
          sameClause && (previousFromAfter || before.isEmpty())
              ? listVerb
              : examples
                  ? LabelWords.leadingVerb(LabelWords.stripWords(raw.strip(), true))
                  : LabelWords.tailVerb(raw);
      boolean causes = CAUSATIVES.contains(before);
      if (causes) {
        before = ""; // 使2.5万户用上清洁能源: who is counted and what happens to them follow
      }
      boolean opensClause =
          causes
              || (sameClause ? isListGap(gapFromPrevious(q)) : LabelWords.isOnlyClauseOpeners(raw));
      if (opensClause && !examples) {
        String predicate = found.list() ? sharedPredicate(q, clauseEnd) : found.predicate();
        if (!predicate.isEmpty() && !found.noun().isEmpty()) {
          return new Labelled(withPredicate(predicate, found.noun(), found.share()), true);
        }
      }
      if (!after.isEmpty()) {
        String label = (before.isEmpty() && verb != null ? verb : before) + after;
        if (before.isEmpty() && after.length() <= SHORT_ITEM - 1 && !sameClause) {
          String topic = topic(clauseStart);
          if (topic != null) {
            label = topic + label; // 推进架空线入地整治工程，19条路段…
          }
        }
        return new Labelled(label, true);
      }
      return new Labelled(fromBefore(q, before, sameClause, clauseStart, clauseEnd), false);
    }

    private String gapFromPrevious(Quantity q) {
      if (previous == null || previous.qualifierEnd() > q.qualifierStart()) {
        return "";
      }
      return text.subSequence(previous.qualifierEnd(), q.qualifierStart()).toString();
    }

    /**
     * 177个居委、10个街道全部通过验收: the items of a list that opens its clause share the predicate after the
     * last; empty when there is none.
     */
    private String sharedPredicate(Quantity q, int clauseEnd) {
      Quantity item = q;
      for (Quantity other : quantities) {
        if (other.start() < item.end() || other.start() >= clauseEnd) {
          continue;
        }
        String gap = text.subSequence(item.qualifierEnd(), other.qualifierStart()).toString();
        if (!isListGap(gap)) {
          break;
        }
        item = other;
      }
      return item == q ? "" : after(text, item, clauseEnd, next(item)).predicate();
    }

    /** The label when nothing follows the figure: the words before it, or what came before. */
    private String fromBefore(
        Quantity q, String before, boolean sameClause, int clauseStart, int clauseEnd) {
      boolean onlyVerb = LabelWords.isOnlyVerb(before);
      String shared = before.isEmpty() || onlyVerb ? sharedAfter(q, clauseEnd) : "";
      if (!shared.isEmpty()) {
        return before + shared; // 新建1条、翻建2条市民健身步道
      }
      if (q.kind().isRelative()
          && CHANGES_OF_PREVIOUS.contains(before)
          && previousLabel != null
          && !previousLabel.isEmpty()) {
        return LabelWords.withoutLeadingVerbs(previousLabel); // 取消证明事项40项，精简25%: of the same items
      }
      if (EQUIVALENTS.contains(before) && previousLabel != null) {
        return previousLabel; // 12.5亿美元、折合89亿元人民币: the same figure in another unit
      }
      if (onlyVerb && previousLabel != null && LabelWords.endsWithVerb(previousLabel)) {
        return LabelWords.withoutTailVerb(previousLabel) + before; // 新建19项、竣工21项 → …竣工
      }
      if (STAGES.contains(before)
          && previousLabel != null
          && LabelWords.startsWithVerb(previousLabel)) {
        // 建成桥梁3座、在建5座 → 在建桥梁: another action on the same things
        return before + LabelWords.withoutLeadingVerbs(previousLabel);
      }
      if (onlyVerb && previousLabel == null) {
        String topic = sameClause ? null : topic(clauseStart);
        return topic == null ? before : topic + before; // 实施架空线入地整治，计划开工32公里
      }
      if (before.isEmpty() && isCumulative(clauseStart, q) && previousLabel != null) {
        return LabelWords.withoutLeadingVerbs(previousLabel); // 新增公园120座，累计已达900座: all of them
      }
      if (before.isEmpty() && !sameClause && topic(clauseStart) != null) {
        return topic(clauseStart); // 农民的纯收入，全国平均每人达到355元
      }
      // 年均增长7%，高于经济增速0.9个百分点: the gap is of the growth just measured
      boolean gap =
          q.kind() == UnitKind.POINTS && isComparison(before) && startsWithComparison(before);
      boolean property = gap || isPropertyOfPrevious(before);
      if (before.isEmpty() || onlyVerb || property) {
        if (previousLabel != null && TOTALS.contains(before)) {
          // 新增企业126家，总数达到1358家: the total of those things, not of the new ones
          return ofOwner(LabelWords.withoutLeadingVerbs(previousLabel), before);
        }
        return previousLabel == null
            ? before
            : property ? ofOwner(previousLabel, before) : withoutThreshold(previousLabel) + before;
      }
      if (sameClause && listVerb != null && !LabelWords.startsWithVerb(before)) {
        return listVerb + before;
      }
      return before;
    }

    /**
     * 湖北为18.7%, 浙江省增速达到27.3%: a province or city opening a label is where the figure is (the region
     * says so), not what it measures. Zones (长宁片区综合税收) keep their name.
     */
    private static String withoutPlace(String label) {
      return label == null || label.isEmpty()
          ? label
          : label.substring(RegionResolver.placeOpening(label));
    }

    /** Whether the figure's clause opens with 累计 (总计, 共计): a total of what was just counted. */
    private boolean isCumulative(int clauseStart, Quantity q) {
      String opening =
          LabelWords.stripPunctuation(text.subSequence(clauseStart, q.start()).toString());
      return opening.startsWith("累计") || opening.startsWith("总计") || opening.startsWith("共计");
    }

    /** The label made whole: a topic for an empty or generic one, within the length limit. */
    private String completed(
        String label, Quantity q, boolean sameClause, int clauseStart, int clauseEnd) {
      if (label == null || label.isEmpty()) {
        String topic = sameClause ? null : topic(clauseStart);
        label = topic != null ? topic : previousLabel;
        if ((label == null || label.isEmpty()) && !sameClause) {
          label = previousClauseTail(clauseStart); // 省级给予一次性奖补，最高100万元
        }
        if (label == null || label.isEmpty()) {
          label = paragraphLabel; // 其中，湖北为18.7%: what the paragraph has been measuring
        }
      } else if (sameClause
          && isSpending(label)
          && previousLabel != null
          && !GENERIC_HEADS.contains(previousLabel)
          && !isSpending(previousLabel)) {
        // 落实重点项目304个、完成投资4608亿元: the spending of the items just counted
        label = LabelWords.withoutLeadingVerbs(previousLabel) + label;
      } else if (!sameClause && (GENERIC_HEADS.contains(label) || isSpending(label))) {
        String topic = topic(clauseStart);
        if (topic == null && isSpending(label)) {
          topic = nextClauseObject(q, clauseEnd); // 投资3700万元，集中改造11条背街巷道
        }
        if (topic == null && previousLabel != null && !GENERIC_HEADS.contains(previousLabel)) {
          topic = previousLabel; // 实施重点工业项目28个，完成投资33.9亿元
        }
        if (topic == null && previousLabel == null && clauseStart <= sentenceStart) {
          topic = leadSubject(); // 老城区改造成效明显。全年完成投资3.5亿元
        }
        if (topic != null) {
          // “菜篮子”工程一期全面完工，完成投资2.4亿元
          label = topic + (isSpending(label) && label.contains("投资") ? "投资" : label);
        }
      }
      if ("经济".equals(label)) {
        label = "经济增长"; // the usual name of GDP growth, which trimming cut to its first word
      }
      label = LabelWords.withoutBasis(label);
      if (label != null && label.length() > MAX_LENGTH) {
        label = label.substring(label.length() - MAX_LENGTH);
      }
      return label;
    }
  }

  /** Stages of building something: 建成3座、在建5座 speak of the same things. */
  private static final Set<String> STAGES =
      Set.of("在建", "续建", "新开工", "开工", "建成", "竣工", "完工", "投运", "投产");

  private static final List<String> AROUND = List.of("围绕", "聚焦");
  private static final List<String> SETTING_OUT =
      List.of("提出", "设置", "设定", "确定", "明确", "部署", "推出", "安排");

  /** 提出指标 → 指标: the verb that sets things out is not what they are. */
  private static String withoutSettingOut(String label) {
    for (String verb : SETTING_OUT) {
      if (label.startsWith(verb) && label.length() > verb.length()) {
        return label.substring(verb.length());
      }
    }
    return label;
  }

  private static final List<String> OVERTAKING = List.of("超过", "超越", "反超", "赶超", "领先");

  /** 增速位居中心城区 → 增速: what is ranked stands before the ranking verb. */
  private static String beforeRankVerb(String s) {
    for (String verb :
        new String[] {
          "位居", "位列", "名列", "排名", "排在", "跃居", "稳居", "暂居", "保持", "跻身", "上升至", "跃升至", "提升至", "升至",
          "入列", "进入", "居"
        }) {
      int at = s.lastIndexOf(verb);
      if (at >= 0) {
        return LabelWords.trim(s.substring(0, at));
      }
    }
    // 人均绿地面积排全省第二: 排 ranks when a scope or the rank follows it (not 排放, 排水)
    int at = s.lastIndexOf('排');
    if (at > 0 && (at + 1 == s.length() || "全第前首中".indexOf(s.charAt(at + 1)) >= 0)) {
      return LabelWords.trim(s.substring(0, at));
    }
    // 进出口总额连续6年全国第一: the whole it is ranked in and for how long are not what is ranked
    String ranked = RankReader.withoutScope(s);
    return ranked.isEmpty() ? s : ranked;
  }

  /**
   * 16个区获评全国双拥模范城 → 获评全国双拥模范城的区; 89.4%的公园实现24小时开放 → 实现24小时开放的公园占比: a figure opening its clause
   * counts the things its predicate says something of.
   */
  private static String withPredicate(String predicate, String noun, boolean share) {
    if (noun.isEmpty()) {
      return predicate;
    }
    return predicate + "的" + noun + (share ? "占比" : "");
  }

  /** 、 or 和 with a noun, the words between two items of a list: 居委、, 街道和. */
  private static boolean isListGap(String gap) {
    int mark = -1;
    for (int i = 0; i < gap.length(); i++) {
      if ("、和及与".indexOf(gap.charAt(i)) >= 0) {
        mark = i;
      }
    }
    return mark >= 0 && mark < 12;
  }

  private static boolean isSpending(String label) {
    String s = label;
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String w : SPENDING_OPENERS) {
        if (s.startsWith(w) && s.length() > w.length()) {
          s = s.substring(w.length());
          stripped = true;
        }
      }
    }
    return s.equals("投资") || s.equals("投入") || s.equals("总投资");
  }

  /**
   * {@code property} of what {@code label} measures: 平均值 after 收入平均值 is 收入中位数's 中位数, 增速 after 投资增速
   * is 投资增速.
   */
  private static String ofOwner(String label, String property) {
    if (label.endsWith(property)) {
      return label;
    }
    if (property.startsWith("占")) {
      return label + property; // 经济总量 + 占全国比重: the share of the whole measure
    }
    for (String p : OWNED) {
      if (label.endsWith(p) && label.length() > p.length()) {
        return label.substring(0, label.length() - p.length()) + property;
      }
    }
    return label + property;
  }

  /** Words naming a statistic of what the words before them name. */
  private static final List<String> STATISTICS =
      List.of("中位数", "平均值", "平均数", "均值", "增速", "增幅", "降幅");

  /** Words naming a property of what the words before them name: 装机占比 and 装机规模 share 装机. */
  private static final List<String> OWNED =
      Stream.concat(STATISTICS.stream(), Stream.of("占比", "比重", "规模", "总量")).toList();

  /** 增速, 占全区税收比重, 降幅: words that name a property of the figure before. */
  private static boolean isPropertyOfPrevious(String s) {
    return s.startsWith("占")
        || isComparisonWithPlace(s)
        || OWNED.contains(s)
        || PROPERTIES.contains(s)
        || HANDLING_RATES.contains(s); // 办结率: the rate of the things just counted
  }

  /** Words naming an amount of what the words before them name (面积 of the parks just counted). */
  private static final List<String> CROSSINGS =
      List.of("连跨", "跨越", "跨上", "迈上", "跃上", "站上", "突破", "迈过");

  /**
   * 经济总量连跨百亿元台阶 → 经济总量: the threshold a figure crossed is said of it, and a later figure of the
   * same thing (，达到486亿元) is of the thing only.
   */
  private static String withoutThreshold(String label) {
    if (!label.endsWith("台阶") && !label.endsWith("大关")) {
      return label;
    }
    for (String verb : CROSSINGS) {
      int at = label.indexOf(verb);
      if (at > 0) {
        String owner = label.substring(0, at);
        owner = owner.endsWith("连续") ? owner.substring(0, owner.length() - 2) : owner;
        owner = LabelWords.trim(owner);
        return owner.isEmpty() ? label : owner;
      }
    }
    return label;
  }

  private static final Set<String> TOTALS = Set.of("总数", "总量", "总规模");

  private static final Set<String> PROPERTIES =
      Set.of("数量", "金额", "总额", "交易总额", "面积", "增量", "总里程", "总长度", "总面积", "总数");

  /**
   * What follows a figure in its clause.
   *
   * @param phrase the noun phrase after it, up to the words that end one (indicator-after-stop)
   * @param noun the noun it counts when a predicate follows (6100余家数字经济企业实现综合税收 → 数字经济企业)
   * @param predicate that predicate (实现综合税收), or empty
   * @param share whether the figure is a share of the population the noun names (97.3%的居民小区)
   * @param list whether the noun ends at a list mark before another item
   */
  private record After(String phrase, String noun, String predicate, boolean share, boolean list) {
    static final After NONE = new After("", "", "", false, false);
  }

  private static String phraseAfter(CharSequence text, Quantity q, int clauseEnd) {
    return after(text, q, clauseEnd, null).phrase();
  }

  /**
   * @param next the next figure of the sentence, or null; a predicate that reaches it is that
   *     figure's (6100余家企业实现综合税收306亿元) unless the figure only qualifies a noun in it
   *     (10个省份高于全国9.8%的GDP增速)
   */
  private static After after(CharSequence text, Quantity q, int clauseEnd, Quantity next) {
    if (next != null
        && next.start() == q.qualifierEnd()
        && q.kind() == UnitKind.COUNT
        && next.kind() == UnitKind.COUNT) {
      return after(text, next, clauseEnd, null); // 8类30件民生实事: both count the same things
    }
    if (next != null && next.start() < clauseEnd) {
      After own = after(text, q, next.start(), null);
      if (own.predicate().isEmpty() || own.noun().isEmpty()) {
        return own;
      }
      int tail = next.qualifierEnd();
      if (tail < clauseEnd && text.charAt(tail) == '的') {
        int end = Math.min(clauseEnd, tail + PREDICATE_REACH);
        String predicate = own.predicate() + text.subSequence(tail, end);
        return new After(own.phrase(), own.noun(), predicate, own.share(), own.list());
      }
      return new After(own.phrase(), own.noun(), "", own.share(), own.list());
    }
    int start = q.qualifierEnd();
    boolean share = false;
    if (start < text.length() && text.charAt(start) == '的') {
      if (start + 3 <= text.length()
          && PROPERTY_NOUNS.contains(text.subSequence(start + 1, start + 3).toString())) {
        return After.NONE; // 递增7.9%的基础上: a property of the figure, not what it counts
      }
      start++;
      share = q.kind().isRelative(); // 97.3%的居民小区实现…“零发案”: the predicate defines it
    }
    if (q.unit().equals("成") && start == q.qualifierEnd()) {
      share = true; // 近8成省份完成了目标: a share of a population named right after it
    }
    if (start >= clauseEnd) {
      return After.NONE; // the next figure or the clause's end follows at once
    }
    int limit = Math.min(clauseEnd, start + AFTER_REACH);
    int end = phraseEnd(text, start, limit, share ? null : StopWords.PHRASE);
    String phrase = LabelWords.trim(text.subSequence(start, end).toString());
    int split = phraseEnd(text, start, limit, StopWords.PREDICATE);
    String noun = LabelWords.trim(text.subSequence(start, split).toString());
    boolean stopped =
        split < limit
            && (LabelWords.predicateOpenerAt(text, split) > 0 || opensWithYear(text, split, limit));
    String rest = LabelWords.stripPunctuation(text.subSequence(start, limit).toString());
    boolean rate = share && endsWithRate(rest); // 9.8%的GDP同比增速: a rate, not a population
    if (!stopped || noun.isEmpty() || endsWithProperty(noun) || rate) {
      boolean list = split < clauseEnd && "、和及".indexOf(text.charAt(split)) >= 0;
      return new After(phrase, noun, "", share && !rate, list);
    }
    int predicateEnd = Math.min(clauseEnd, split + PREDICATE_REACH);
    for (int i = split; i < predicateEnd; i++) {
      if (text.charAt(i) == '（' || text.charAt(i) == '(') {
        predicateEnd = i;
        break;
      }
    }
    String predicate =
        LabelWords.withoutLeadingAdverbs(text.subSequence(split, predicateEnd).toString());
    return new After(phrase, noun, predicate, share, false);
  }

  /** Which words end the phrase after a figure. */
  private enum StopWords {
    PHRASE,
    PREDICATE
  }

  /** Where the phrase starting at {@code start} ends: at a list mark, a figure, or a stop word. */
  /** 超7成城市2023年空气质量达标: a year after the noun opens what is said of it. */
  private static boolean opensWithYear(CharSequence text, int at, int limit) {
    int i = at;
    while (i < limit && NumberScanner.isArabicDigit(text.charAt(i))) {
      i++;
    }
    return i - at == 4 && i < limit && text.charAt(i) == '年';
  }

  /**
   * 30个机关、事业单位食堂: after 、 inside the phrase a noun follows, not the next item of a list of figures
   * (3个居委、10个街道) or of actions (建成10个公园、新增绿地).
   */
  private static boolean joinsNounAt(CharSequence text, int at, int limit) {
    if (at >= limit) {
      return false;
    }
    char c = text.charAt(at);
    if (NumberScanner.isArabicDigit(c)
        || NumberScanner.isChineseNumeral(c)
        || "比较与同对向在从为是并".indexOf(c) >= 0) {
      return false;
    }
    int reach = Math.min(text.length(), at + NOUN_LIST_REACH);
    for (int i = at; i < reach && !Clause.isBoundary(text.charAt(i)); i++) {
      if (NumberScanner.isArabicDigit(text.charAt(i)) || text.charAt(i) == '、') {
        return false; // 5个公园、绿地3公顷: the next item has its own figure, or the list goes on
      }
    }
    String rest = text.subSequence(at, limit).toString();
    return !LabelWords.startsWithVerb(rest) && LabelWords.predicateOpenerAt(text, at) == 0;
  }

  private static int phraseEnd(CharSequence text, int start, int limit, StopWords stops) {
    int end = start;
    while (end < limit) {
      char c = text.charAt(end);
      boolean joinsNouns =
          (c == '和' || c == '及' || c == '与')
              && end + 1 < limit
              && !NumberScanner.isArabicDigit(text.charAt(end + 1))
              && !NumberScanner.isChineseNumeral(text.charAt(end + 1));
      if (joinsNouns
          || c == '、'
              && end > start
              && end - start <= SHORT_NOUN
              && joinsNounAt(text, end + 1, limit)) {
        end++;
        continue;
      }
      if (c == '、'
          || c == '和'
          || c == '及'
          || c == '（'
          || c == '('
          || Clause.isBoundary(c)
          || NumberScanner.isArabicDigit(c)) {
        break;
      }
      if (stops == StopWords.PHRASE && LabelWords.stopsPhraseAt(text, end)) {
        break;
      }
      if (stops == StopWords.PREDICATE) {
        // 为民办实事项目: a one-character word opening the noun is part of it
        int word = LabelWords.predicateOpenerAt(text, end);
        boolean inNoun = end + word < limit && "率量额值数".indexOf(text.charAt(end + word)) >= 0;
        if (word > 0 && (end > start || word > 1) && !inNoun) {
          break; // not 落地率, 完成量: a verb before 率 names a measure
        }
      }
      end++;
    }
    return end;
  }

  private static boolean endsWithRate(String phrase) {
    for (String r : new String[] {"增速", "增幅", "速度", "水平", "平均", "幅度", "比重"}) {
      if (phrase.endsWith(r)) {
        return true;
      }
    }
    return false;
  }

  /** 9.8%的GDP同比增速: a noun ending in a property names what the figure is, not a population. */
  private static boolean endsWithProperty(String noun) {
    for (String p : PROPERTY_NOUNS) {
      if (noun.endsWith(p)) {
        return true;
      }
    }
    return noun.endsWith("增速") || noun.endsWith("增幅");
  }
}
