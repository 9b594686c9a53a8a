package org.duban.core.fact;

import java.util.Arrays;

/**
 * The years a news story speaks of, in reading order: a story posted in 2025 that opens with
 * “2023年，上海举办…” is about 2023 until it names another year. Built in one pass.
 */
final class ArticleYears {

  private final int[] positions;
  private final int[] years;

  private ArticleYears(int[] positions, int[] years) {
    this.positions = positions;
    this.years = years;
  }

  static ArticleYears of(CharSequence text) {
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
      if (n == positions.length) {
        positions = Arrays.copyOf(positions, n * 2);
        years = Arrays.copyOf(years, n * 2);
      }
      positions[n] = m.start();
      years[n] = m.last();
      n++;
    }
    return new ArticleYears(Arrays.copyOf(positions, n), Arrays.copyOf(years, n));
  }

  /** The last year named before {@code index}, or null. */
  Integer before(int index) {
    int pos = Arrays.binarySearch(positions, index);
    int k = pos >= 0 ? pos - 1 : -pos - 2;
    return k >= 0 ? years[k] : null;
  }
}
