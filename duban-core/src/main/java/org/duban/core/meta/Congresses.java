package org.duban.core.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

  /** A session of the National People's Congress named in a text, and the year it met. */
  record Session(int start, int end, int year) {}

  private static final String[] CONGRESS_NAMES = {"全国人民代表大会第", "全国人大", "人大"};

  /**
   * Every session of the national congress {@code text} names, in full ("第五届全国人民代表大会第三次会议") or
   * short ("五届人大四次会议", "十届全国人大一次会议"); the short form without 全国 only when {@code national} (a
   * provincial text means its own congress).
   */
  static List<Session> sessions(String text, boolean national) {
    List<Session> found = new ArrayList<>();
    for (int k = text.indexOf('届'); k >= 0; k = text.indexOf('届', k + 1)) {
      int from = k;
      while (from > 0 && NUMERALS.indexOf(text.charAt(from - 1)) >= 0) {
        from--;
      }
      Integer term = number(text.substring(from, k));
      if (term == null) {
        continue;
      }
      for (String name : CONGRESS_NAMES) {
        if (!text.startsWith(name, k + 1) || (name.equals("人大") && !national)) {
          continue;
        }
        int sessionFrom = k + 1 + name.length();
        int sessionTo = sessionFrom;
        while (sessionTo < text.length() && NUMERALS.indexOf(text.charAt(sessionTo)) >= 0) {
          sessionTo++;
        }
        Integer session = number(text.substring(sessionFrom, sessionTo));
        Integer first = Holder.FIRST_SESSION.get(term);
        if (session != null && first != null && text.startsWith("次会议", sessionTo)) {
          int start = from > 0 && text.charAt(from - 1) == '第' ? from - 1 : from;
          found.add(new Session(start, sessionTo + 3, first + session - 1));
        }
        break;
      }
    }
    return found;
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
