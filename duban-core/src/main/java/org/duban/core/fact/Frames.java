package org.duban.core.fact;

import java.util.List;

/**
 * 从两年平均增速来看，…; 就GDP总量而言，…: a clause opening a sentence that says what the figures after it measure,
 * typical of statistics news. A breakdown (分行业看, 从三次产业看, 从全年来看) says how they are grouped, not what
 * they measure, and is no frame.
 */
final class Frames {

  private static final int MIN_TOPIC = 2;
  private static final int MAX_TOPIC = 16;
  private static final List<String> OPENERS = List.of("从", "就");
  private static final List<String> CLOSERS =
      List.of("方面来看", "方面看", "角度来看", "角度看", "情况来看", "情况看", "上来看", "上看", "来看", "看", "而言", "来说");
  private static final List<String> BREAKDOWNS =
      List.of(
          "行业", "产业", "地区", "区域", "领域", "门类", "类别", "类型", "城乡", "结构", "季度", "月份", "月度", "全年", "半年",
          "省份", "城市", "企业", "部门", "所有制", "需求", "主体", "环比", "同比", "总体", "整体", "长期", "短期", "当前",
          "目前");

  private Frames() {}

  /** How far back a paragraph's start is looked for. */
  private static final int PARAGRAPH_REACH = 2000;

  /** The start of the paragraph around {@code pos}, looked for a bounded way back. */
  static int paragraphStart(CharSequence text, int pos) {
    int limit = Math.max(0, pos - PARAGRAPH_REACH);
    int i = pos;
    while (i > limit && text.charAt(i - 1) != '\n') {
      i--;
    }
    return i;
  }

  /**
   * The frame of the last sentence that has one among those starting from {@code from} up to and
   * including {@code sentenceStart}; {@code current} when none has.
   */
  static String last(CharSequence text, int from, int sentenceStart, String current) {
    String frame = current;
    int start = from;
    for (int i = from; i <= sentenceStart && i < text.length(); i++) {
      if (i == start) {
        String found = at(text, i);
        frame = found != null ? found : frame;
      }
      char c = text.charAt(i);
      if (c == '。' || c == '！' || c == '？') {
        start = i + 1;
      }
    }
    return frame;
  }

  /** What the sentence starting at {@code sentenceStart} frames its figures as, or null. */
  static String at(CharSequence text, int sentenceStart) {
    int end =
        Clause.end(text, sentenceStart, Math.min(text.length(), sentenceStart + MAX_TOPIC + 8));
    if (!mayFrame(text, sentenceStart, end)) {
      return null;
    }
    String clause = LabelWords.stripPunctuation(text.subSequence(sentenceStart, end).toString());
    clause = LabelWords.stripWords(clause, true);
    String opener = OPENERS.stream().filter(clause::startsWith).findFirst().orElse(null);
    if (opener == null) {
      return null;
    }
    for (String closer : CLOSERS) {
      if (clause.endsWith(closer)) {
        String topic = clause.substring(opener.length(), clause.length() - closer.length());
        boolean breakdown = BREAKDOWNS.stream().anyMatch(topic::contains);
        return breakdown || topic.length() < MIN_TOPIC || topic.length() > MAX_TOPIC ? null : topic;
      }
    }
    return null;
  }

  /** Whether the clause holds an opener and a closer's last character at all (most do not). */
  private static boolean mayFrame(CharSequence text, int start, int end) {
    boolean opener = false;
    boolean closer = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      opener |= c == '从' || c == '就';
      closer |= c == '看' || c == '言' || c == '说';
    }
    return opener && closer;
  }
}
