package org.duban.core.fact;

import java.util.ArrayList;
import java.util.List;
import org.duban.core.quantity.NumeralKind;
import org.duban.core.quantity.Quantity;
import org.duban.core.text.Texts;

/** The subjects written before a figure's clause: lists before 分别, names given as examples. */
final class Subjects {

  private static final int SHORT_ITEM = 3;

  private Subjects() {}

  /**
   * 商品销售总额、社会消费品零售总额分别同比增长1%、14%: the subjects before 分别, which the figures after it take in order;
   * empty unless there are several.
   */
  static List<String> beforeRespectively(String segment) {
    int at = segment.indexOf("分别");
    if (at <= 0) {
      return List.of();
    }
    List<String> subjects = new ArrayList<>();
    for (String part : Texts.split(segment.substring(0, at), "、和及与")) {
      String subject = LabelWords.trim(part);
      if (!subject.isEmpty()) {
        subjects.add(subject);
      }
    }
    return subjects.size() >= 2 ? shareWords(withoutPlaces(subjects)) : List.of();
  }

  /**
   * ，两年平均分别增长…, ，两年平均增速分别为…: what a clause without subjects of its own says of the subjects listed
   * before, without 分别 and the verb that introduces the figures.
   */
  static String propertyBeforeRespectively(String segment) {
    String s = LabelWords.stripPunctuation(segment.replace("分别", "").replace("累计", ""));
    String previous;
    do {
      previous = s;
      for (String verb : INTRODUCING_VERBS) {
        if (s.endsWith(verb)) {
          s = s.substring(0, s.length() - verb.length());
        }
      }
    } while (!s.equals(previous));
    return s;
  }

  private static final List<String> INTRODUCING_VERBS =
      List.of("为", "是", "达到", "达", "增长", "下降", "提高", "降低", "同比");

  /**
   * 甲省、乙省增速分别为…: places listed before what they share are whose figures (the region says so); the
   * words after the last place name what all of them are.
   */
  private static List<String> withoutPlaces(List<String> subjects) {
    String last = subjects.get(subjects.size() - 1);
    String shared = LabelWords.trim(last.substring(RegionResolver.placeOpening(last)));
    if (shared.isEmpty() || shared.equals(last)) {
      return subjects;
    }
    List<String> out = new ArrayList<>(subjects.size());
    for (String subject : subjects) {
      String rest = subject.substring(RegionResolver.placeOpening(subject));
      if (!rest.isEmpty() && !subject.equals(last)) {
        return subjects;
      }
      out.add(shared);
    }
    return out;
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
  static boolean namesExamples(String raw, Quantity q) {
    boolean small = q.numeral() == NumeralKind.CHINESE && q.value() >= 2 && q.value() <= 10;
    String inner = LabelWords.stripPunctuation(raw);
    return small && inner.indexOf('、') >= 0 && !inner.contains("分别");
  }
}
