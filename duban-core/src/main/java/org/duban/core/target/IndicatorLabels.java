package org.duban.core.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.duban.core.lexicon.WordTrie;
import org.duban.core.quantity.UnitLexicon;

/**
 * Reads the indicators out of a fact's label: usually one, several when the label joins them
 * ({@code 城镇居民人均可支配收入和农村居民人均纯收入}, {@code 化学需氧量、氨氮排放量}, {@code 城镇和农村居民人均可支配收入}).
 */
public final class IndicatorLabels {

  private static final Pattern JOINS = Pattern.compile("以及|[和与及、]");
  // 2010年, 一九八○年, 上一年: a year in a label is the base of a comparison, not a name.
  private static final Pattern YEAR = Pattern.compile("[0-9０-９〇○零一二三四五六七八九]{2,4}年|上一年");

  private final IndicatorCatalogue catalogue;

  public IndicatorLabels(IndicatorCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /**
   * The indicators of a label that {@code figures} figures of one sentence share, in the order of
   * the figures when there are as many as indicators: a label on 城乡 with two figures reads as 城镇
   * and 农村 respectively (城乡居民人均可支配收入分别增长6.5%、9.4%).
   */
  public List<IndicatorLabel> of(String label, int figures) {
    List<IndicatorLabel> parts = of(label);
    if (figures == 2 && parts.size() == 1 && label != null) {
      String s = IndicatorCatalogue.normalise(label);
      int at = s.indexOf("城乡");
      if (at >= 0 && LabelWords.get().withoutLeads(s.substring(0, at), true).isEmpty()) {
        String rest = s.substring(at + 2);
        Optional<Indicator> urban = catalogue.match("城镇" + rest);
        Optional<Indicator> rural = catalogue.match("农村" + rest);
        if (urban.isPresent() && rural.isPresent()) {
          return List.of(
              new IndicatorLabel("城镇" + rest, urban.get(), urban.get().id()),
              new IndicatorLabel("农村" + rest, rural.get(), rural.get().id()));
        }
      }
    }
    return parts;
  }

  /** The indicators of {@code label}; one entry with a null key when nothing can be linked. */
  public List<IndicatorLabel> of(String label) {
    if (label == null || label.isBlank()) {
      return List.of(new IndicatorLabel(label, null, null));
    }
    Optional<Indicator> whole = catalogue.match(label);
    if (whole.isPresent()) {
      return List.of(new IndicatorLabel(label, whole.get(), whole.get().id()));
    }
    List<IndicatorLabel> joined = joined(label);
    if (!joined.isEmpty()) {
      return joined;
    }
    return List.of(new IndicatorLabel(label, null, key(label)));
  }

  /** The parts of a label joining several catalogue indicators, or none. */
  private List<IndicatorLabel> joined(String label) {
    String[] parts = JOINS.split(IndicatorCatalogue.normalise(label));
    if (parts.length < 2) {
      return List.of();
    }
    LabelWords words = LabelWords.get();
    String last = parts[parts.length - 1];
    String lastScope = words.at(LabelWords.Category.SCOPE, last, 0);
    List<IndicatorLabel> found = new ArrayList<>();
    for (String part : parts) {
      String named = part;
      // 城镇和农村居民人均可支配收入: a scope word alone shares the name after the last part's scope.
      if (lastScope != null && words.is(LabelWords.Category.SCOPE, part)) {
        named = part + last.substring(lastScope.length());
      }
      Optional<Indicator> indicator = catalogue.match(named);
      if (indicator.isEmpty()) {
        return List.of();
      }
      found.add(new IndicatorLabel(named, indicator.get(), indicator.get().id()));
    }
    return found;
  }

  /**
   * Whether {@code label} names nothing: empty, a note such as 按可比价计算, or a magnitude and a unit
   * left over from a figure the reader split (达到74.4 万亿元 gives the label 万亿元).
   */
  public static boolean namesNothing(String label) {
    if (label == null || label.isBlank()) {
      return true;
    }
    String s = label.replaceAll("[\\s\u3000，,、]+", "");
    LabelWords words = LabelWords.get();
    UnitLexicon units = UnitLexicon.get();
    int pos = 0;
    while (pos < s.length()) {
      String note = words.at(LabelWords.Category.NOTE, s, pos);
      if (note != null) {
        pos += note.length();
        continue;
      }
      WordTrie.Match<Double> magnitude = units.magnitudeAt(s, pos);
      int next = magnitude == null ? pos : magnitude.end();
      var unit = units.unitAt(s, next, true);
      if (unit != null) {
        next = unit.end();
      }
      if (next == pos) {
        return false;
      }
      pos = next;
    }
    return true;
  }

  /**
   * The form of a label outside the catalogue that facts about the same thing share: without
   * leading places, times and verbs, the comparison it dragged along and trailing words; null when
   * it names nothing linkable (less than two characters, a word too general, a comparison with a
   * year such as 比一九八○年).
   */
  static String key(String label) {
    LabelWords words = LabelWords.get();
    String s = words.withoutLeads(label.replaceAll("[\\s\u3000]+", ""), false);
    if (words.at(LabelWords.Category.BASE, s, 0) != null) {
      return null;
    }
    s = IndicatorCatalogue.shareAsRatio(s.substring(0, words.baseStart(s)));
    s = words.withoutTails(s);
    if (s.length() < 2 || words.is(LabelWords.Category.GENERIC, s) || YEAR.matcher(s).find()) {
      return null;
    }
    return "~" + s;
  }
}
