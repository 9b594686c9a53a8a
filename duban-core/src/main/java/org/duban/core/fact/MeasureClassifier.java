package org.duban.core.fact;

import java.util.List;
import java.util.Set;
import org.duban.core.lexicon.LexiconFile;
import org.duban.core.lexicon.WordTrie;
import org.duban.core.quantity.Quantity;
import org.duban.core.quantity.UnitKind;
import org.duban.core.text.Texts;

/**
 * Decides whether a figure is an amount (VALUE), a change against a base (CHANGE, with its
 * direction), a part of a whole (SHARE) or a position in a ranking (RANK), from the words before it
 * in its clause and the few after it.
 */
final class MeasureClassifier implements FigureStage.Independent {

  private static final String CUES = "org/duban/core/fact/measure-cues.tsv";
  private static final int REACH = 40;
  private static final int SHARE_AFTER_LEVEL_REACH = 12;
  private static final int BARE_NOUN = 8;
  // 增长3.2%的速度, 递增7.9%的基础上: what follows 的 is a property of the figure, not a population.
  private static final java.util.Set<String> NOT_POPULATIONS =
      java.util.Set.of("速度", "基础", "水平", "幅度", "目标", "标准", "区间", "平均", "预期", "增长", "比例", "比重");

  private static final class Holder {
    static final WordTrie<MeasureCue> CUES = load();
    static final WordTrie<Boolean> UNITS_COUNTED =
        WordTrie.ofWords(
            List.of(
                "乡镇", "行政村", "社区", "街道", "县区", "区县", "县市", "地市", "城市", "省份", "企业", "学校", "医院", "家庭",
                "农户", "居民", "人口", "群众", "村民", "职工", "学生", "项目"));

    private static WordTrie<MeasureCue> load() {
      WordTrie.Builder<MeasureCue> b = WordTrie.builder();
      for (String[] row : LexiconFile.rows(MeasureClassifier.CUES)) {
        b.put(row[0], MeasureCue.valueOf(row[1].strip()));
      }
      return b.build();
    }
  }

  /** A cue word found before a figure. */
  private record Found(MeasureCue cue, int start, int end) {}

  @Override
  public Set<Attribute> requires() {
    return Set.of(Attribute.INDICATOR);
  }

  @Override
  public Attribute provides() {
    return Attribute.MEASURE;
  }

  @Override
  public Figure annotate(Figure figure) {
    Measurement m = classify(figure.text(), figure.quantity(), figure.place().clauseStart());
    if (m.measure() == Measure.VALUE && figure.quantity().kind() == UnitKind.PERCENT) {
      // 其中，湖北为18.7% after …的GDP同比增速: a rate named by its label's head is a change
      Direction head = figure.indicator().map(MeasureClassifier::changeHead).orElse(null);
      if (head != null) {
        m = Measurement.change(head);
      }
    }
    return figure.withMeasurement(m);
  }

  /** GDP增速目标的平均值 → GDP增速: a target for a rate, or a statistic of targets, is still that rate. */
  private static String withoutTargetWords(String label) {
    String previous;
    do {
      previous = label;
      for (String w : TARGET_WORDS) {
        if (label.endsWith(w) && label.length() > w.length()) {
          label = label.substring(0, label.length() - w.length());
        }
      }
    } while (!label.equals(previous));
    return label;
  }

  private static final List<String> TARGET_WORDS =
      List.of("平均值", "中位数", "均值", "目标值", "预期目标", "目标", "的");

  /** The direction a label ending in a word for a rate of change names (…增速, …降幅), or null. */
  private static Direction changeHead(String label) {
    label = withoutTargetWords(label);
    for (String w : new String[] {"增速", "增幅", "增长率", "涨幅", "增长速度"}) {
      if (label.endsWith(w)) {
        return Direction.UP;
      }
    }
    if (label.endsWith("降幅") || label.endsWith("跌幅")) {
      return Direction.DOWN;
    }
    // GDP目标平均值为5.8%: an amount of money in percent is the rate it grows at
    for (String w : AMOUNTS) {
      if (label.endsWith(w)) {
        return Direction.UP;
      }
    }
    return null;
  }

  private static final List<String> AMOUNTS =
      List.of("GDP", "生产总值", "增加值", "总产值", "零售总额", "进出口总额", "固定资产投资");

  Measurement classify(CharSequence text, Quantity q, int clauseStart) {
    if (q.kind() == UnitKind.RANK) {
      return Measurement.RANK;
    }
    if (q.text().startsWith("翻")) {
      return Measurement.change(Direction.UP);
    }
    if (MultipleOfBase.base(text, q, clauseStart) != null) {
      return Measurement.change(q.value() >= 1 ? Direction.UP : Direction.DOWN);
    }
    int limit = Math.max(clauseStart, q.start() - REACH);
    Found nearest = nearestCue(text, q.qualifierStart(), limit);
    if (q.kind().isRelative()) {
      Measurement m = relative(text, q, nearest, limit);
      // 逾半数县区, 一半以上来自民营企业: a half is a part of a whole unless something changes by it
      return m.measure() == Measure.VALUE && isHalf(q) ? Measurement.SHARE : m;
    }
    if (nearest == null || !nearest.cue().isChange()) {
      return Measurement.VALUE;
    }
    // 分别再提高30元和5元: the later items of a list stand where the first does
    int listStart = Math.max(clauseStart, FromTo.startOfList(text, q.qualifierStart()));
    if (isDirectlyBefore(text, nearest.end(), q.qualifierStart())
        || (listStart >= nearest.end() && isDirectlyBefore(text, nearest.end(), listStart))) {
      // 增加6万亿元专项债务限额: money added to a budget changes it; 增加2个集团 counts new things
      boolean change = q.kind() == UnitKind.MONEY || !countsNewThings(text, q);
      return change ? Measurement.change(nearest.cue().direction()) : Measurement.VALUE;
    }
    boolean cutsWhatIsNamed =
        nearest.cue().direction() == Direction.DOWN
            && nearest.end() - nearest.start() >= 2
            && isBareNoun(text, nearest.end(), q.qualifierStart());
    // 削减审批事项62项, 降低利息负担2000亿元: cutting a stock by an amount is a change of it
    return cutsWhatIsNamed ? Measurement.change(Direction.DOWN) : Measurement.VALUE;
  }

  private static boolean isHalf(Quantity q) {
    return q.text().equals("一半") || q.text().equals("半数");
  }

  private Measurement relative(CharSequence text, Quantity q, Found nearest, int limit) {
    Direction growth = followedByGrowth(text, q);
    if (growth != null) {
      return Measurement.change(growth);
    }
    if (followedByPopulation(text, q) || isPartOfNamedWhole(text, q) || isPartOfWhole(text, q)) {
      return Measurement.SHARE;
    }
    while (nearest != null && nearest.cue() == MeasureCue.NEUTRAL) {
      // 占全市工业增加值38.5%: a noun that holds a change word does not hide the 占 before it
      Found earlier = nearestCue(text, nearest.start(), limit);
      if (earlier == null
          || earlier.cue() != MeasureCue.SHARE && earlier.cue() != MeasureCue.NEUTRAL) {
        break;
      }
      nearest = earlier;
    }
    if (nearest == null) {
      return opensClauseBeforeAVerb(text, q) ? Measurement.SHARE : Measurement.VALUE;
    }
    MeasureCue cue = nearest.cue();
    if (cue.isChange() && namesARateOfIt(text, nearest.end(), q.qualifierStart())) {
      return Measurement.VALUE; // 对经济增长的贡献率达到60%: a rate of the change, not the change
    }
    if (cue.isChange() || cue.isRate()) {
      return Measurement.change(cue.direction());
    }
    if (cue == MeasureCue.SHARE) {
      return Measurement.SHARE;
    }
    if (cue == MeasureCue.LEVEL) {
      Found earlier = nearest;
      int levelStart = nearest.start();
      do {
        levelStart = earlier.start();
        earlier =
            nearestCue(
                text, earlier.start(), Math.max(limit, earlier.start() - SHARE_AFTER_LEVEL_REACH));
      } while (earlier != null && earlier.cue() == MeasureCue.LEVEL);
      if (earlier != null
          && earlier.cue().isChange()
          && !earlier.cue().isRate()
          && earlier.end() == levelStart
          && "至到".indexOf(text.charAt(levelStart)) >= 0) {
        // 提高到41%, 占全市比重增至62%: the level reached (降低达20% is still the change)
        Found named =
            nearestCue(
                text, earlier.start(), Math.max(limit, earlier.start() - SHARE_AFTER_LEVEL_REACH));
        if (named != null && named.cue() == MeasureCue.SHARE) {
          return Measurement.SHARE;
        }
        return named != null && named.cue().isRate()
            ? Measurement.change(named.cue().direction())
            : Measurement.VALUE;
      }
      if (earlier != null && earlier.cue() == MeasureCue.SHARE) {
        return Measurement.SHARE; // 占全区税收比重达67%
      }
      if (earlier != null
          && earlier.cue().isChange()
          && namesARateOfIt(text, earlier.end(), q.qualifierStart())) {
        return Measurement.VALUE; // 对经济增长的贡献率达到60%
      }
      if (earlier != null && (earlier.cue().isRate() || earlier.cue().isChange())) {
        return Measurement.change(earlier.cue().direction()); // 增速为5%, 实际增长是6.1%
      }
    }
    return Measurement.VALUE;
  }

  /** 对产业增长的贡献率达到, 投资对经济增长贡献率提高到: a noun in 率 between a change word and the figure. */
  private static boolean namesARateOfIt(CharSequence text, int from, int to) {
    String gap = text.subSequence(from, to).toString();
    return gap.indexOf('率') > 0;
  }

  /** 85%的居民, 70%左右的地市, 近8成省份: a percentage of a population of things. */
  private static boolean followedByPopulation(CharSequence text, Quantity q) {
    int i = q.end();
    if (i < text.length() && text.charAt(i) != '的' && q.qualifierEnd() > i) {
      i = q.qualifierEnd();
    }
    if (i >= text.length()) {
      return false;
    }
    if (q.unit().equals("成") && q.qualifierEnd() == q.end()) {
      return Character.isIdeographic(text.charAt(i));
    }
    if (Holder.UNITS_COUNTED.longestAt(text, i) != null) {
      return true; // 覆盖98%乡镇, 80%以上行政村: a percentage written before the units it counts
    }
    return i + 2 < text.length()
        && text.charAt(i) == '的'
        && Character.isIdeographic(text.charAt(i + 1))
        && followedByGrowth(text, q) == null
        && !NOT_POPULATIONS.contains(text.subSequence(i + 1, i + 3).toString());
  }

  /** 稳定在全国1/10以上, 约占全省两成: a part of the country or province, not a figure of it (全国5%的平均水平). */
  private static boolean isPartOfWhole(CharSequence text, Quantity q) {
    int i = q.qualifierStart();
    boolean afterWhole = false;
    for (String whole : WHOLES) {
      afterWhole |= Texts.endsWith(text, i, whole);
    }
    int after = q.qualifierEnd();
    return afterWhole
        && !q.unit().equals("个百分点")
        && (after >= text.length() || text.charAt(after) != '的');
  }

  private static final int VERB_REACH = 4;
  private static final double FULL = 100;
  private static final List<String> WHOLES = List.of("全国", "全省", "全市", "全区", "全县");

  /**
   * ，80%以上实现网上办理: a percentage opening its clause before a verb is the share of what the sentence
   * speaks of that does it.
   */
  private static boolean opensClauseBeforeAVerb(CharSequence text, Quantity q) {
    int before = q.qualifierStart() - 1;
    if (before < 0 || !Clause.isBoundary(text.charAt(before)) || q.unit().equals("个百分点")) {
      return false;
    }
    if (q.normValue() >= FULL) {
      return false; // 100%实现网上办理: done fully, a rate of doing it
    }
    int after = q.qualifierEnd();
    return after + 1 < text.length()
        && (LabelWords.predicateOpenerAt(text, after) > 0
            || LabelWords.startsWithVerb(
                text.subSequence(after, Math.min(text.length(), after + VERB_REACH)).toString()));
  }

  /** 达到常住人口的30%: a percentage of a named whole, unless the whole is a plan's figure. */
  private static boolean isPartOfNamedWhole(CharSequence text, Quantity q) {
    int i = q.qualifierStart();
    if (i < 3 || text.charAt(i - 1) != '的' || text.charAt(i - 2) == '年') {
      return false; // 由2010年的21.6%: a figure of an earlier year, not a part of it
    }
    String whole = text.subSequence(i - 3, i - 1).toString();
    return !(whole.equals("任务") || whole.equals("目标") || whole.equals("计划") || whole.equals("预期"));
  }

  /** 实现5.5%左右的增长: the noun after the figure says it is a change. */
  /** Words between 的 and a word of growth that say what kind of growth it is. */
  private static final List<String> GROWTH_MODIFIERS =
      List.of("两年平均", "三年平均", "年均", "平均", "同比", "较高", "较快", "高");

  private static Direction followedByGrowth(CharSequence text, Quantity q) {
    int i = q.qualifierEnd();
    if (i + 2 >= text.length() || text.charAt(i) != '的') {
      return null;
    }
    for (String modifier : GROWTH_MODIFIERS) {
      if (Texts.startsWith(text, i + 1, modifier)) {
        i += modifier.length(); // 3.1%的两年平均增速, 12%的高增速
        break;
      }
    }
    if (i + 3 > text.length()) {
      return null;
    }
    return switch (text.subSequence(i + 1, i + 3).toString()) {
      case "增长", "增速", "涨幅", "增幅", "提升", "提高" -> Direction.UP;
      case "下降", "降幅", "降低", "减少" -> Direction.DOWN;
      default -> null;
    };
  }

  /** 增加2个学前教育集团: a count followed by what it counts is an amount of new things. */
  private static boolean countsNewThings(CharSequence text, Quantity q) {
    int i = q.qualifierEnd();
    return q.kind() != UnitKind.DURATION
        && i < text.length()
        && Character.isIdeographic(text.charAt(i));
  }

  /** Whether only a short noun stands between a verb and a figure (利息负担约, 审批事项). */
  private static boolean isBareNoun(CharSequence text, int from, int to) {
    if (to - from < 2 || to - from > BARE_NOUN) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!Character.isIdeographic(c) || "到至为达是的了".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether only qualifier-like filler (了, 分别, spaces) stands between a cue and a figure. */
  private static boolean isDirectlyBefore(CharSequence text, int cueEnd, int figureStart) {
    for (int i = cueEnd; i < figureStart; i++) {
      char c = text.charAt(i);
      if (c != '了' && c != ' ' && c != '分' && c != '别' && c != '约' && c != '达' && c != '再') {
        return false;
      }
    }
    return true;
  }

  private static Found nearestCue(CharSequence text, int end, int limit) {
    for (int i = end; i > limit; i--) {
      WordTrie.Match<MeasureCue> m = Holder.CUES.longestEndingAt(text, i, limit);
      if (m != null) {
        return new Found(m.value(), m.start(), m.end());
      }
    }
    return null;
  }
}
