package org.duban.app.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadlines a task writes in its text: "6月底前", "9月30日前", "2025年3月底前", "年底前", "上半年", "三季度末",
 * "到2025年". A month or quarter without a year is in the plan's year.
 */
public final class Deadlines {

  /** One deadline, with the words that state it and their place in the text (in chars). */
  public record Deadline(LocalDate date, String phrase, int start, int end) {}

  private static final String NUMBER = "(\\d{1,4}|[〇零一二三四五六七八九十]{1,3})";
  private static final Pattern MONTH_DAY =
      Pattern.compile("(?:" + NUMBER + "年)?" + NUMBER + "月" + NUMBER + "[日号](?:前|之前|以前)");
  private static final Pattern MONTH_END =
      Pattern.compile("(?:" + NUMBER + "年)?" + NUMBER + "月(?:底|末)(?:前|之前|以前)?");
  private static final Pattern YEAR_END = Pattern.compile("(?:(\\d{4})年|年)(?:底|末|内)(?:前|之前|以前)?");
  private static final Pattern QUARTER =
      Pattern.compile("(?:" + NUMBER + "年)?(?:第)?([一二三四1-4])季度(?:末|底)?(?:前|之前|以前)?");
  private static final Pattern HALF = Pattern.compile("(?:" + NUMBER + "年)?(上|下)半年");
  private static final Pattern BY_YEAR = Pattern.compile("(?:到|至|于)(\\d{4})年(?:底|末)?");

  private Deadlines() {}

  /** Every deadline in the text, in the order written. */
  public static List<Deadline> find(String text, int planYear) {
    List<Deadline> found = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    collect(MONTH_DAY, text, taken, found, m -> monthDay(m, planYear));
    collect(MONTH_END, text, taken, found, m -> monthEnd(m, planYear));
    collect(QUARTER, text, taken, found, m -> quarter(m, planYear));
    collect(HALF, text, taken, found, m -> half(m, planYear));
    collect(YEAR_END, text, taken, found, m -> LocalDate.of(year(m.group(1), planYear), 12, 31));
    collect(BY_YEAR, text, taken, found, m -> LocalDate.of(Integer.parseInt(m.group(1)), 12, 31));
    found.sort(Comparator.comparingInt(Deadline::start));
    return found;
  }

  /** The latest deadline the text writes, if it writes one. */
  public static LocalDate latest(String text, int planYear) {
    return find(text, planYear).stream()
        .map(Deadline::date)
        .max(Comparator.naturalOrder())
        .orElse(null);
  }

  private interface DateOf {
    LocalDate of(Matcher m);
  }

  private static void collect(
      Pattern pattern, String text, boolean[] taken, List<Deadline> found, DateOf date) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (taken[m.start()] || taken[m.end() - 1]) {
        continue;
      }
      LocalDate d;
      try {
        d = date.of(m);
      } catch (RuntimeException e) {
        // 13月底 or 2月30日 is no date: not a deadline.
        continue;
      }
      if (d == null) {
        continue;
      }
      for (int i = m.start(); i < m.end(); i++) {
        taken[i] = true;
      }
      found.add(new Deadline(d, m.group(), m.start(), m.end()));
    }
  }

  private static LocalDate monthDay(Matcher m, int planYear) {
    return LocalDate.of(year(m.group(1), planYear), number(m.group(2)), number(m.group(3)));
  }

  private static LocalDate monthEnd(Matcher m, int planYear) {
    return YearMonth.of(year(m.group(1), planYear), number(m.group(2))).atEndOfMonth();
  }

  private static LocalDate quarter(Matcher m, int planYear) {
    int q = number(m.group(2));
    return YearMonth.of(year(m.group(1), planYear), q * 3).atEndOfMonth();
  }

  private static LocalDate half(Matcher m, int planYear) {
    int year = year(m.group(1), planYear);
    return m.group(2).equals("上") ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
  }

  private static int year(String written, int planYear) {
    if (written == null) {
      return planYear;
    }
    int y = number(written);
    if (y < 1900 || y > 2200) {
      throw new IllegalArgumentException("not a year: " + written);
    }
    return y;
  }

  /** An Arabic number, or a Chinese one up to 99 (十二, 二十, 三). */
  static int number(String written) {
    if (written.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(written);
    }
    String digits = "〇一二三四五六七八九";
    int ten = written.indexOf('十');
    if (ten < 0) {
      int value = 0;
      for (char c : written.toCharArray()) {
        value = value * 10 + Math.max(0, digits.indexOf(c == '零' ? '〇' : c));
      }
      return value;
    }
    int tens = ten == 0 ? 1 : digits.indexOf(written.charAt(0));
    int units = ten == written.length() - 1 ? 0 : digits.indexOf(written.charAt(ten + 1));
    return tens * 10 + units;
  }
}
