package org.duban.core.fact;

import java.util.Arrays;
import org.duban.core.text.Texts;

/**
 * The periods a news story reports, in reading order. A story is about its dateline's year until it
 * names another as its own time: a year that opens a sentence, or opens a clause as its time
 * (2023年，上海举办…; 截至2022年1月23日，…; 2021年1-2月，…). A year inside a clause (完成了2021年目标, 低于2019年水平,
 * 比2019年同期) does not move the story. Built in one pass.
 */
final class StoryYears {

  private static final String[] OPENERS = {"截至", "截止", "截止到", "在", "到", "至", "于"};
  private static final String[] TIME_TAILS = {
    "上半年", "下半年", "前三季度", "一季度", "二季度", "三季度", "四季度", "第一季度", "第二季度", "第三季度", "第四季度", "全年", "年初",
    "年底", "年末", "以来", "底", "末", "份", "前", "月", "日", "号"
  };

  /** A document that names no year of its own. */
  static final StoryYears NONE = new StoryYears(new int[0], new int[0]);

  private final int[] positions;
  private final int[] years;

  private StoryYears(int[] positions, int[] years) {
    this.positions = positions;
    this.years = years;
  }

  static StoryYears of(CharSequence text) {
    int[] positions = new int[8];
    int[] years = new int[8];
    int n = 0;
    for (int i = 4; i < text.length(); i++) {
      if (text.charAt(i) != '年') {
        continue;
      }
      YearMention m = YearMention.endingAt(text, i, Math.max(0, i - 10));
      if (m == null || m.role() != YearMention.Role.TIME || m.first() != m.last()) {
        continue;
      }
      boolean opensSentence = opensAt(text, m.start(), true);
      if (!opensSentence && !(opensAt(text, m.start(), false) && endsClause(text, m.end()))) {
        continue;
      }
      if (n == positions.length) {
        positions = Arrays.copyOf(positions, n * 2);
        years = Arrays.copyOf(years, n * 2);
      }
      positions[n] = m.start();
      years[n] = m.last();
      n++;
    }
    return new StoryYears(Arrays.copyOf(positions, n), Arrays.copyOf(years, n));
  }

  /** The year the story reports at {@code index}, or null while it is its dateline's. */
  Integer before(int index) {
    int pos = Arrays.binarySearch(positions, index);
    int k = pos >= 0 ? pos - 1 : -pos - 2;
    return k >= 0 ? years[k] : null;
  }

  /** Whether the year at {@code start} opens a sentence (or any clause), after a preposition. */
  private static boolean opensAt(CharSequence text, int start, boolean sentence) {
    int i = start;
    for (String opener : OPENERS) {
      int from = i - opener.length();
      if (from >= 0 && Texts.startsWith(text, from, opener)) {
        i = from;
        break;
      }
    }
    int beforeSpaces = i;
    while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '　')) {
      i--;
    }
    if (i == 0 || (i < beforeSpaces && !isAscii(text.charAt(i - 1)))) {
      return true; // 二、…经营优化 2023年前11个月,…: a scraped page separates its parts by spaces
    }
    char c = text.charAt(i - 1);
    return sentence
        ? c == '\n' || c == '。' || c == '！' || c == '？' || c == '；'
        : Clause.isBoundary(c);
  }

  /** 2021年1-2月，: after the year only months, days or parts of a year before the comma. */
  private static boolean endsClause(CharSequence text, int end) {
    int i = end;
    int limit = Math.min(text.length(), end + 12);
    while (i < limit) {
      char c = text.charAt(i);
      if (c == '，' || c == ',') {
        return true;
      }
      if (Character.isDigit(c) || c == '-' || c == '—' || c == '至' || c == '到') {
        i++;
        continue;
      }
      int tail = tailAt(text, i);
      if (tail == 0) {
        return false;
      }
      i += tail;
    }
    return false;
  }

  private static boolean isAscii(char c) {
    return c < 128;
  }

  private static int tailAt(CharSequence text, int i) {
    for (String t : TIME_TAILS) {
      if (Texts.startsWith(text, i, t)) {
        return t.length();
      }
    }
    return 0;
  }
}
