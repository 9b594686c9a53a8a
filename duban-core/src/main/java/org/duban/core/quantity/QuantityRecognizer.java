package org.duban.core.quantity;

import java.util.ArrayList;
import java.util.List;
import org.duban.core.lexicon.WordTrie;
import org.duban.core.text.Texts;

/**
 * Finds quantity expressions in text: a number (Arabic or Chinese, with magnitude words), its unit
 * or classifier, a range's upper end, and the qualifier words around it; also ranks (第三, 首位),
 * fractions (三分之一, 百分之十二点八), 三成 and 翻番. Reads each character a bounded number of times, so cost is
 * linear in the text's length whatever its lines look like.
 *
 * <p>It finds expressions, not facts: deciding that 2023年 or “3+3” is not a fact belongs to later
 * stages, which see the context.
 */
public final class QuantityRecognizer {

  private static final int MAX_SPACES = 2;
  private static final int QUALIFIER_REACH = 4;
  // 至少开办一家: a bound may stand a verb away from its figure.
  private static final int BOUND_QUALIFIER_GAP = 2;
  private static final int PEOPLE_REACH = 10;
  // Before the noun a unit-less figure measures: 人口减少2亿多, 生产总值突破3万亿.
  private static final int IMPLIED_REACH = 12;
  private static final int IMPLIED_GAP = 4;
  private static final String CLIMBING_VERBS = "迈跨站登跃踏攀";

  private final UnitLexicon units = UnitLexicon.get();
  private final QualifierLexicon qualifiers = QualifierLexicon.get();

  /** All quantity expressions of {@code text}, in order, not overlapping. */
  public List<Quantity> recognize(CharSequence text) {
    List<Quantity> found = new ArrayList<>();
    for (Quantity q = next(text, 0); q != null; q = next(text, q.end())) {
      found.add(q);
    }
    return found;
  }

  /**
   * The first quantity expression starting at or after {@code from}, or null: from the end of one,
   * the next, so that a long text is read one quantity at a time.
   */
  public Quantity next(CharSequence text, int from) {
    int i = from;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (!mayStart(c)) {
        i++;
        continue;
      }
      Quantity q = at(text, i);
      if (q != null) {
        return q;
      }
      i = skipNumber(text, i);
    }
    return null;
  }

  private static boolean mayStart(char c) {
    return (MAY_START[c >>> 6] & (1L << c)) != 0;
  }

  // mayStart is asked for every character of a text: one bit per character answers it.
  private static final long[] MAY_START = new long[(Character.MAX_VALUE + 1) / 64];

  static {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      if (NumberScanner.isArabicDigit(c)
          || NumberScanner.isChineseNumeral(c)
          || c == '第'
          || c == '首'
          || c == '榜'
          || c == '翻'
          || c == '数'
          || c == '几'
          || c == '上'
          || c == '半') {
        MAY_START[i >>> 6] |= 1L << i;
      }
    }
  }

  /** The index after the number run starting at {@code i}, so that its tail is not re-read. */
  private static int skipNumber(CharSequence text, int i) {
    NumberToken token = NumberScanner.scan(text, i);
    return token == null ? i + 1 : Math.max(token.end(), i + 1);
  }

  private Quantity at(CharSequence text, int i) {
    char c = text.charAt(i);
    if (c == '第') {
      return rank(text, i);
    }
    if (c == '首') {
      return Texts.startsWith(text, i, "首位")
          ? word(text, i, i + 2, 1, "位", "rank", UnitKind.RANK)
          : null;
    }
    if (c == '榜') {
      return Texts.startsWith(text, i, "榜首")
          ? word(text, i, i + 2, 1, "", "rank", UnitKind.RANK) // 位居榜首: the top of a ranking
          : null;
    }
    if (c == '翻') {
      return doubling(text, i);
    }
    if (c == '数' || c == '几' || c == '上') {
      return approximateMagnitude(text, i);
    }
    if (NumberScanner.isArabicDigit(c) && isLatinLetter(charBefore(text, i))) {
      return null;
    }
    if ((c == '百' || c == '千') && Texts.startsWith(text, i + 1, "分之")) {
      return perHundred(text, i);
    }
    if (c == '半' && Texts.startsWith(text, i, "半数")) {
      return word(text, i, i + 2, 50, "%", "%", UnitKind.PERCENT); // 逾半数县区, 半数以上
    }
    if (c == '一' && Texts.startsWith(text, i, "一半")) {
      return word(text, i, i + 2, 50, "%", "%", UnitKind.PERCENT); // 减少一半, 占一半以上
    }
    NumberToken number = NumberScanner.scan(text, i);
    if (number == null || !number.valid() || number.kind() == NumeralKind.POSITIONAL) {
      return null;
    }
    if (charBefore(text, i) == '前' && charAt(text, number.end()) == '强') {
      return topRank(text, number); // 跻身全国前十强: a rank of at most ten
    }
    if (number.kind() == NumeralKind.CHINESE && Texts.startsWith(text, number.end(), "分之")) {
      return fraction(text, number);
    }
    if (number.kind() == NumeralKind.ARABIC && charAt(text, number.end()) == '/') {
      return slashFraction(text, number);
    }
    return measured(text, number, number.approximate());
  }

  /** A number followed by magnitude, unit, and possibly a range's second end. */
  private Quantity measured(CharSequence text, NumberToken number, boolean approximate) {
    boolean arabic = number.kind() == NumeralKind.ARABIC;
    Reading first = readUnit(text, number, arabic);
    if (first == null) {
      return null;
    }
    if (arabic && isLatinLetter(charAt(text, first.end))) {
      return null;
    }
    Reading range = rangeEnd(text, number, first);
    if (first.unit == null && range == null) {
      Reading years = yearsRangeEnd(text, number, first);
      if (years != null) {
        return build(text, number, first.inYears(first.end), years, approximate);
      }
      if (charAt(text, first.end) == '年' && isYearsDuration(text, number)) {
        return build(text, number, first.inYears(first.end + 1), null, approximate);
      }
      return first.magnitude > 1 ? unitless(text, number, first) : null;
    }
    if (range == null && first.unit != null) {
      first.unit = sharedUnit(text, first);
    }
    return build(text, number, first, range, approximate);
  }

  private Quantity build(
      CharSequence text, NumberToken number, Reading first, Reading range, boolean approximate) {
    Reading last = range != null ? range : first;
    Unit unit = last.unit;
    double magnitude =
        first.magnitude != 1 || first.unit != null ? first.magnitude : last.magnitude;
    int end = last.end;
    end = alternativeUnitEnd(text, end);
    double low = times(number.value(), number.kind() == NumeralKind.ARABIC ? magnitude : 1);
    boolean over = approximate || first.approximate || last.approximate;
    Double high = null;
    if (range != null) {
      double second =
          times(
              range.number.value(),
              range.number.kind() == NumeralKind.ARABIC ? range.magnitude : 1);
      if (second <= low) {
        return null;
      }
      high = times(second, unit.factor());
    }
    String unitText;
    double value;
    if (unit.kind() == UnitKind.COUNT) {
      value = low;
      unitText = unit.written();
    } else {
      value = number.value();
      unitText = magnitudeWord(text, last) + last.unitText;
    }
    double norm = times(low, unit.factor());
    String normUnit = unit.normUnit();
    if (last.denominator != null) {
      norm = norm / last.denominator.factor();
      normUnit = normUnit + "/" + last.denominator.normUnit();
    }
    Qualifier qualifier = high != null ? Qualifier.RANGE : over ? Qualifier.OVER : Qualifier.EXACT;
    Quantity q =
        new Quantity(
            number.start(),
            end,
            text.subSequence(number.start(), end).toString(),
            value,
            unitText,
            norm,
            normUnit,
            high,
            qualifier,
            unit.kind(),
            number.kind(),
            number.end(),
            number.start(),
            end);
    return qualify(text, q);
  }

  /**
   * 分别高出2.6个、2.5个百分点: in a list the last item's unit belongs to all, so a bare 个 before a 个百分点 is a
   * percentage point.
   */
  private Unit sharedUnit(CharSequence text, Reading r) {
    if (!r.unit.written().equals("个")) {
      return r.unit;
    }
    char joiner = charAt(text, r.end);
    if (joiner != '、' && joiner != '和' && joiner != '与' && joiner != '至') {
      return r.unit;
    }
    NumberToken next = NumberScanner.scan(text, r.end + 1);
    if (next == null || next.kind() != r.number.kind()) {
      return r.unit;
    }
    WordTrie.Match<Unit> unit = units.unitAt(text, next.end(), next.kind() == NumeralKind.ARABIC);
    if (unit != null && unit.value().kind() == UnitKind.POINTS) {
      r.unitText = unit.value().written();
      return unit.value();
    }
    return r.unit;
  }

  /**
   * A number with 万 or 亿 but no unit: its unit is implied by the noun it counts or measures, people
   * after it (惠及242万农村居民) or people or money just before it (贫困人口减少2亿多, 生产总值突破3万亿).
   */
  private Quantity unitless(CharSequence text, NumberToken number, Reading r) {
    Unit implied = peopleAfter(text, r.end) ? UnitLexicon.PERSON : nounBefore(text, number.start());
    if (implied == null) {
      return null;
    }
    r.unit = implied;
    r.unitText = "";
    return build(text, number, r, null, number.approximate() || r.approximate);
  }

  private boolean peopleAfter(CharSequence text, int from) {
    int limit = Math.min(text.length(), from + PEOPLE_REACH);
    for (int i = from; i < limit; i++) {
      if (!Character.isIdeographic(text.charAt(i))) {
        return false;
      }
      if (units.personAt(text, i)) {
        return true;
      }
    }
    return false;
  }

  /** The unit implied by a noun of people or money ending a few characters before {@code start}. */
  private Unit nounBefore(CharSequence text, int start) {
    int limit = start;
    while (limit > 0 && start - limit < IMPLIED_REACH && isWord(text.charAt(limit - 1))) {
      limit--;
    }
    for (int end = start; end > limit && start - end <= IMPLIED_GAP; end--) {
      WordTrie.Match<Unit> noun = units.impliedBy(text, end, limit);
      if (noun != null) {
        return noun.value();
      }
    }
    return null;
  }

  /** Whether a verb of climbing onto (迈上, 跨上, 跃上) ends right before {@code pos}. */
  public static boolean afterClimbingVerb(CharSequence text, int pos) {
    return charBefore(text, pos) == '上' && CLIMBING_VERBS.indexOf(charBefore(text, pos - 1)) >= 0;
  }

  private static boolean isWord(char c) {
    return Character.isIdeographic(c) || isLatinLetter(c);
  }

  /**
   * 用2-3年时间: a range of a few years is a duration (2021-2025年, a span of calendar years, is not),
   * or null.
   */
  private static Reading yearsRangeEnd(CharSequence text, NumberToken number, Reading first) {
    int connectorEnd = rangeConnectorEnd(text, first.end);
    if (number.kind() != NumeralKind.ARABIC || connectorEnd < 0 || number.value() >= 100) {
      return null;
    }
    NumberToken second = NumberScanner.scan(text, connectorEnd);
    if (second == null
        || second.kind() != NumeralKind.ARABIC
        || second.value() >= 100
        || second.value() <= number.value()
        || charAt(text, second.end()) != '年') {
      return null;
    }
    Reading r = new Reading();
    r.number = second;
    return r.inYears(second.end() + 1);
  }

  /**
   * 11.2年, 再延长20年: a number of years written as a duration. A whole number before 年 is most often a
   * year or a count of years that only sets the scene (连续8年), so only a decimal or a span something
   * is extended or shortened by is read.
   */
  private static boolean isYearsDuration(CharSequence text, NumberToken number) {
    if (number.kind() != NumeralKind.ARABIC || number.value() >= 100) {
      return false;
    }
    for (int i = number.start(); i < number.end(); i++) {
      if (text.charAt(i) == '.') {
        return number.end() - i <= 3; // 11.2年, 10.25年; 30.2025年 is a date
      }
    }
    int before = number.start();
    return Texts.endsWith(text, before, "延长")
        || Texts.endsWith(text, before, "缩短")
        || Texts.endsWith(text, before, "长达");
  }

  /** What follows a number: approximation words, a magnitude, a unit (any may be missing). */
  private static final class Reading {
    NumberToken number;
    double magnitude = 1;
    int magnitudeStart = -1;
    int magnitudeEnd = -1;
    boolean approximate;
    Unit unit;
    String unitText = "";
    Unit denominator;
    int end;

    /** This reading with 年 as its unit, ending at {@code end}. */
    Reading inYears(int end) {
      unit = UnitLexicon.YEARS;
      unitText = "年";
      this.end = end;
      return this;
    }
  }

  private Reading readUnit(CharSequence text, NumberToken number, boolean arabic) {
    Reading r = new Reading();
    r.number = number;
    int pos = number.end();
    if (arabic) {
      pos = skipSpaces(text, pos);
    }
    if (isApproximation(charAt(text, pos))) {
      r.approximate = true;
      pos++;
    }
    int reached = number.end();
    if (arabic) {
      WordTrie.Match<Unit> unitHere = units.unitAt(text, pos, true);
      WordTrie.Match<Double> magnitude = units.magnitudeAt(text, pos);
      if (magnitude != null && (unitHere == null || unitHere.end() <= magnitude.end())) {
        r.magnitude = magnitude.value();
        r.magnitudeStart = magnitude.start();
        r.magnitudeEnd = magnitude.end();
        pos = magnitude.end();
        if (isApproximation(charAt(text, pos))) {
          r.approximate = true;
          pos++;
          // 3万多亿元: more than 3 万亿, the approximation between the two magnitudes
          WordTrie.Match<Double> second = units.magnitudeAt(text, pos);
          if (second != null) {
            r.magnitude = times(r.magnitude, second.value());
            r.magnitudeEnd = second.end();
            pos = second.end();
          }
        }
      }
      reached = pos;
      pos = skipSpaces(text, pos);
    } else if (number.trailingMagnitude() > 1) {
      r.magnitude = number.trailingMagnitude();
      reached = pos;
    }
    // After a bare magnitude a unit reads as after digits (超千列), but 百分 and 万分 are no units.
    boolean digitUnits = arabic || (number.bare() && charAt(text, pos) != '分');
    WordTrie.Match<Unit> unit = units.unitAt(text, pos, digitUnits);
    if (unit == null) {
      r.end = reached;
      return r;
    }
    r.unit = unit.value();
    r.unitText = unit.value().written();
    pos = unit.end();
    if (charAt(text, pos) == '/') {
      WordTrie.Match<Unit> denominator = units.unitAt(text, pos + 1, true);
      if (denominator != null && denominator.value().kind() != UnitKind.PERCENT) {
        r.denominator = denominator.value();
        r.unitText = r.unitText + "/" + denominator.value().written();
        pos = denominator.end();
      }
    }
    r.end = pos;
    return r;
  }

  /** The second end of a range such as 4.5%—5%, 6-6.5%, 300-500万元, or null. */
  private Reading rangeEnd(CharSequence text, NumberToken number, Reading first) {
    int pos = first.end;
    int connectorEnd = rangeConnectorEnd(text, pos);
    if (connectorEnd < 0) {
      return null;
    }
    boolean wordConnector = text.charAt(pos) == '至' || text.charAt(pos) == '到';
    if (wordConnector && startsFromTo(text, number.start())) {
      return null;
    }
    NumberToken second = NumberScanner.scan(text, connectorEnd);
    if (second == null || !second.valid() || second.kind() != number.kind()) {
      return null;
    }
    Reading r = readUnit(text, second, second.kind() == NumeralKind.ARABIC);
    if (r == null || r.unit == null) {
      return null;
    }
    if (first.unit != null && !first.unit.normUnit().equals(r.unit.normUnit())) {
      return null;
    }
    if (first.unit == null && first.magnitude != 1 && r.magnitude != first.magnitude) {
      return null;
    }
    return r;
  }

  private static int rangeConnectorEnd(CharSequence text, int pos) {
    char c = charAt(text, pos);
    return switch (c) {
      case '-', '–', '~', '～', '－', '至', '到' -> pos + 1;
      case '—' -> charAt(text, pos + 1) == '—' ? pos + 2 : pos + 1;
      default -> -1;
    };
  }

  /** Whether a 由/从 opens the clause before {@code start}: 由15个工作日缩短至3个工作日 is no range. */
  private static boolean startsFromTo(CharSequence text, int start) {
    for (int i = start - 1; i >= Math.max(0, start - 12); i--) {
      char c = text.charAt(i);
      if (c == '由' || c == '从') {
        return true;
      }
      if (c == '，' || c == '。' || c == '；' || c == ',' || c == ';' || c == '\n') {
        return false;
      }
    }
    return false;
  }

  /** The end after an alternative unit in brackets, as in 3500套(间). */
  private Quantity qualify(CharSequence text, Quantity q) {
    if (q.qualifier() == Qualifier.RANGE) {
      return q;
    }
    int before = q.start();
    while (before > 0 && isSpace(text.charAt(before - 1))) {
      before--;
    }
    WordTrie.Match<Qualifier> prefix = qualifiers.before(text, before, before - QUALIFIER_REACH);
    for (int gap = 1; prefix == null && gap <= BOUND_QUALIFIER_GAP && before - gap > 0; gap++) {
      if (!Character.isIdeographic(text.charAt(before - gap))) {
        break;
      }
      WordTrie.Match<Qualifier> bound =
          qualifiers.before(text, before - gap, before - gap - QUALIFIER_REACH);
      if (bound != null
          && (bound.value() == Qualifier.AT_LEAST || bound.value() == Qualifier.AT_MOST)) {
        prefix = bound;
      }
    }
    int after = q.end();
    while (after < text.length()
        && (isSpace(text.charAt(after)) || isFootnoteMark(text.charAt(after)))) {
      after++;
    }
    WordTrie.Match<Qualifier> suffix = qualifiers.after(text, after);
    if (suffix != null && suffix.end() - suffix.start() == 1 && q.kind() != UnitKind.DURATION) {
      suffix = null; // 内 alone bounds a duration (24小时内); after 一个 it is part of 内设机构
    }
    Qualifier qualifier = q.qualifier();
    if (prefix != null) {
      qualifier = prefix.value();
    } else if (suffix != null) {
      qualifier = suffix.value();
    }
    return q.withQualifier(
        qualifier,
        prefix != null ? prefix.start() : q.start(),
        suffix != null ? suffix.end() : q.end());
  }

  private int alternativeUnitEnd(CharSequence text, int end) {
    char open = charAt(text, end);
    if (open != '(' && open != '（') {
      return end;
    }
    WordTrie.Match<Unit> alternative = units.unitAt(text, end + 1, true);
    if (alternative == null || alternative.value().kind() != UnitKind.COUNT) {
      return end;
    }
    char close = charAt(text, alternative.end());
    return close == ')' || close == '）' ? alternative.end() + 1 : end;
  }

  private static String magnitudeWord(CharSequence text, Reading r) {
    return r.magnitudeStart >= 0
        ? text.subSequence(r.magnitudeStart, r.magnitudeEnd).toString()
        : "";
  }

  /** 第三, 第2位, 第一名: a rank if the context ranks something (decided later). */
  private Quantity rank(CharSequence text, int i) {
    int pos = i + 1;
    while (pos < text.length() && text.charAt(pos) == ' ') {
      pos++;
    }
    NumberToken number = NumberScanner.scan(text, pos);
    if (number == null || !number.valid() || number.kind() == NumeralKind.POSITIONAL) {
      return null;
    }
    int end = number.end();
    char next = charAt(text, end);
    String unit = "第";
    if (next == '名' || next == '位') {
      end++;
      unit = String.valueOf(next);
    }
    return new Quantity(
        i,
        end,
        text.subSequence(i, end).toString(),
        number.value(),
        unit,
        number.value(),
        "rank",
        null,
        Qualifier.EXACT,
        UnitKind.RANK,
        number.kind(),
        number.end(),
        i,
        end);
  }

  /** 前十强, 前50强: the top N of a ranking, a rank of at most N. */
  private static Quantity topRank(CharSequence text, NumberToken number) {
    int end = number.end() + 1;
    return new Quantity(
        number.start(),
        end,
        text.subSequence(number.start(), end).toString(),
        number.value(),
        "强",
        number.value(),
        "rank",
        null,
        Qualifier.AT_MOST,
        UnitKind.RANK,
        number.kind(),
        number.end(),
        number.start() - 1,
        end);
  }

  /** 翻番 and its kin: a doubling (or quadrupling) as a multiple. */
  private Quantity doubling(CharSequence text, int i) {
    String[] forms = {"翻了一番", "翻了两番", "翻一番", "翻两番", "翻番"};
    for (String form : forms) {
      if (Texts.startsWith(text, i, form)) {
        double times = form.contains("两") ? 4 : 2;
        return word(text, i, i + form.length(), times, "倍", "times", UnitKind.TIMES);
      }
    }
    return null;
  }

  /** 数千万, 几十, 上百: a magnitude preceded by a word that makes it approximate. */
  private Quantity approximateMagnitude(CharSequence text, int i) {
    if (text.charAt(i) == '上' && afterClimbingVerb(text, i + 1)) {
      return null; // 迈上万亿元台阶: 上 ends the verb and approximates nothing
    }
    NumberToken magnitude = NumberScanner.scan(text, i + 1);
    if (magnitude == null || !magnitude.bare() || magnitude.kind() != NumeralKind.CHINESE) {
      return null;
    }
    NumberToken number =
        new NumberToken(
            i, magnitude.end(), magnitude.value(), NumeralKind.CHINESE, 1, true, true, true);
    return measured(text, number, true);
  }

  /** 百分之十二点八 → 12.8%, 千分之五 → 5‰. */
  private Quantity perHundred(CharSequence text, int i) {
    NumberToken number = NumberScanner.scan(text, i + 3);
    if (number == null || !number.valid() || number.kind() == NumeralKind.POSITIONAL) {
      return null;
    }
    boolean permille = text.charAt(i) == '千';
    return word(
        text,
        i,
        number.end(),
        number.value(),
        permille ? "‰" : "%",
        permille ? "‰" : "%",
        permille ? UnitKind.PERMILLE : UnitKind.PERCENT);
  }

  /**
   * 占全国1/4 → 25%: a proper fraction written with a slash; null for anything else with a slash
   * (dates, 2023/2024, 24/7).
   */
  private Quantity slashFraction(CharSequence text, NumberToken numerator) {
    char before = charBefore(text, numerator.start());
    if (before == '/' || before == '.' || NumberScanner.isArabicDigit(before)) {
      return null;
    }
    int start = numerator.end() + 1;
    int end = start;
    while (end < text.length() && NumberScanner.isArabicDigit(text.charAt(end))) {
      end++;
    }
    char after = charAt(text, end);
    if (end == start || end - start > 3 || after == '/' || after == '.') {
      return null;
    }
    double denominator = 0;
    for (int i = start; i < end; i++) {
      denominator = denominator * 10 + Character.digit(text.charAt(i), 10);
    }
    double value = numerator.value();
    if (value != Math.rint(value) || value <= 0 || value >= denominator || denominator > 100) {
      return null;
    }
    return word(
        text, numerator.start(), end, value / denominator * 100, "%", "%", UnitKind.PERCENT);
  }

  /** 三分之一 → 33.3%. */
  private Quantity fraction(CharSequence text, NumberToken denominator) {
    NumberToken numerator = NumberScanner.scan(text, denominator.end() + 2);
    if (numerator == null
        || !numerator.valid()
        || numerator.kind() != NumeralKind.CHINESE
        || denominator.value() <= 0) {
      return null;
    }
    double percent = numerator.value() / denominator.value() * 100;
    return word(text, denominator.start(), numerator.end(), percent, "%", "%", UnitKind.PERCENT);
  }

  private Quantity word(
      CharSequence text,
      int start,
      int end,
      double value,
      String unit,
      String normUnit,
      UnitKind kind) {
    Quantity q =
        new Quantity(
            start,
            end,
            text.subSequence(start, end).toString(),
            value,
            unit,
            value,
            normUnit,
            null,
            Qualifier.EXACT,
            kind,
            NumeralKind.WORD,
            end,
            start,
            end);
    return kind == UnitKind.RANK ? q : qualify(text, q);
  }

  /** 2286.2 × 10^8 is 228620000000, not 228619999999.99997: decimal multiplication. */
  /**
   * {@code a × b} as the decimals they are written as (2286.2 万 is 22,862,000, not 22,861,999.99…).
   * Mostly a decimal times a whole magnitude, done in doubles: the decimal scaled to a whole number
   * and back by a power of ten is exact; anything else goes through BigDecimal.
   */
  static double times(double a, double b) {
    if (b == 1) {
      return a;
    }
    if (b == Math.rint(b) && Math.abs(b) < EXACT_LIMIT) {
      for (double scale : SCALES) {
        double whole = Math.rint(a * scale);
        if (whole / scale == a) {
          double product = whole * b;
          if (Math.abs(product) < EXACT_LIMIT) {
            return product / scale;
          }
          break;
        }
      }
    }
    return java.math.BigDecimal.valueOf(a).multiply(java.math.BigDecimal.valueOf(b)).doubleValue();
  }

  private static final double EXACT_LIMIT = 0x1p53;
  private static final double[] SCALES = {1, 10, 100, 1e3, 1e4, 1e5, 1e6};

  private static int skipSpaces(CharSequence text, int pos) {
    int limit = pos + MAX_SPACES;
    while (pos < text.length() && pos < limit && isSpace(text.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\u00a0' || c == '\u3000';
  }

  private static boolean isApproximation(char c) {
    return c == '余' || c == '多';
  }

  private static boolean isFootnoteMark(char c) {
    return c >= '①' && c <= '⑳';
  }

  private static boolean isLatinLetter(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= 'ａ' && c <= 'ｚ')
        || (c >= 'Ａ' && c <= 'Ｚ');
  }

  private static char charAt(CharSequence text, int pos) {
    return pos >= 0 && pos < text.length() ? text.charAt(pos) : '\0';
  }

  private static char charBefore(CharSequence text, int pos) {
    return charAt(text, pos - 1);
  }
}
