package org.duban.core.meta;

import java.util.HashMap;
import java.util.Map;
import org.duban.core.lexicon.LexiconFile;

/**
 * The year of a session of the National People's Congress ("第十届全国人民代表大会第一次会议" met in 2003), from
 * the first-session years in {@code npc-terms.tsv}.
 */
final class Congresses {

  private static final String CONGRESS = "届全国人民代表大会第";
  private static final String TERM_ONLY = "届全国人民代表大会作";
  private static final String NUMERALS = "一二三四五六七八九十";

  private static final class Holder {
    static final Map<Integer, Integer> FIRST_SESSION = load();
  }

  private Congresses() {}

  /** The year of the national congress session {@code line} names, or null. */
  static Integer yearOf(String line) {
    int k = line.indexOf(CONGRESS);
    if (k < 0) {
      return firstSessionOf(line);
    }
    int from = k;
    while (from > 0 && NUMERALS.indexOf(line.charAt(from - 1)) >= 0) {
      from--;
    }
    int sessionFrom = k + CONGRESS.length();
    int sessionTo = sessionFrom;
    while (sessionTo < line.length() && NUMERALS.indexOf(line.charAt(sessionTo)) >= 0) {
      sessionTo++;
    }
    Integer term = number(line.substring(from, k));
    Integer session = number(line.substring(sessionFrom, sessionTo));
    if (term == null || session == null || !line.startsWith("次会议", sessionTo)) {
      return null;
    }
    Integer first = Holder.FIRST_SESSION.get(term);
    return first == null ? null : first + session - 1;
  }

  /**
   * 向第五届全国人民代表大会作政府工作报告: a report to a congress without a session number is made to its first
   * session.
   */
  private static Integer firstSessionOf(String line) {
    int k = line.indexOf(TERM_ONLY);
    if (k < 0) {
      return null;
    }
    int from = k;
    while (from > 0 && NUMERALS.indexOf(line.charAt(from - 1)) >= 0) {
      from--;
    }
    if (from == 0 || line.charAt(from - 1) != '第') {
      return null;
    }
    Integer term = number(line.substring(from, k));
    return term == null ? null : Holder.FIRST_SESSION.get(term);
  }

  /** 第十一届全国人民代表大会第一次会议以来的五年: the year the congress after that term first met, or null. */
  static Integer yearAfterTerm(String text) {
    int k = text.indexOf(CONGRESS + "一次会议以来");
    if (k < 0) {
      return null;
    }
    int from = k;
    while (from > 0 && NUMERALS.indexOf(text.charAt(from - 1)) >= 0) {
      from--;
    }
    Integer term = number(text.substring(from, k));
    return term == null ? null : Holder.FIRST_SESSION.get(term + 1);
  }

  /** 一 … 十九 as a number, or null. */
  private static Integer number(String s) {
    if (s.isEmpty() || s.length() > 2) {
      return null;
    }
    int tens = s.charAt(0) == '十' ? 1 : 0;
    String units = tens == 1 ? s.substring(1) : s;
    if (units.isEmpty()) {
      return 10;
    }
    int d = NUMERALS.indexOf(units.charAt(0)) + 1;
    return d <= 0 || d == 10 ? null : tens * 10 + d;
  }

  private static Map<Integer, Integer> load() {
    Map<Integer, Integer> years = new HashMap<>();
    for (String line : LexiconFile.lines(Congresses.class, "npc-terms.tsv")) {
      String[] f = line.split("\t");
      years.put(Integer.valueOf(f[0]), Integer.valueOf(f[1]));
    }
    return Map.copyOf(years);
  }
}
