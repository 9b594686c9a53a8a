package org.duban.core.meta;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.duban.core.clean.Dates;
import org.duban.core.clean.Shapes;
import org.duban.core.lexicon.LexiconFile;
import org.duban.core.split.Article;

/**
 * Reads what a document is from its title, header lines and first paragraphs: its type, the
 * jurisdiction it speaks for, the year it is about, the date it was issued or delivered and who
 * issued or delivered it.
 */
public final class MetadataDetector {

  private static final int HEAD_LINES = 25;
  private static final int HEAD_LINE_LENGTH = 300;
  private static final int REVIEW_LINES = 60;
  private static final int REVIEW_HEADING = 40;
  private static final int OPENING = 2000;

  private static final class Holder {
    static final List<String[]> TYPES =
        split(LexiconFile.lines(MetadataDetector.class, "document-types.tsv"));
    static final List<String> NEWS = LexiconFile.lines(MetadataDetector.class, "news-marks.txt");
  }

  public DocumentMeta detect(Article article, String fileName) {
    List<String> head = head(article.text().text());
    String title = Titles.find(head, Holder.TYPES);
    if (title == null) {
      title = article.title();
    }
    DocumentType type = type(title, head, article);
    LocalDate date = date(head, article);
    Region region = Jurisdictions.find(title, head, type);
    Integer year = year(type, title, date);
    if (year == null && type == DocumentType.WORK_REPORT) {
      year = undatedReportYear(head, article.text().text());
    }
    String issuer = Issuers.find(head, title);
    return new DocumentMeta(
        title,
        type,
        region == null ? null : region.name(),
        region == null ? JurisdictionLevel.UNKNOWN : region.level(),
        year,
        date,
        issuer);
  }

  /** The first lines of the article, each cut to a bounded length. */
  private static List<String> head(String text) {
    List<String> lines = new ArrayList<>();
    int from = 0;
    while (from < text.length() && lines.size() < HEAD_LINES) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 ? text.length() : nl;
      lines.add(text.substring(from, Math.min(to, from + HEAD_LINE_LENGTH)).strip());
      from = to + 1;
    }
    return lines;
  }

  private static DocumentType type(String title, List<String> head, Article article) {
    if (title != null) {
      for (String[] t : Holder.TYPES) {
        if (title.contains(t[1])) {
          return DocumentType.valueOf(t[0]);
        }
      }
      // a report delivered to a people's congress is the government's work report
      if (title.endsWith("报告") && deliveredToCongress(head)) {
        return DocumentType.WORK_REPORT;
      }
    }
    for (int i = 0; i < Math.min(head.size(), 8); i++) {
      for (String mark : Holder.NEWS) {
        if (head.get(i).contains(mark)) {
          return DocumentType.NEWS;
        }
      }
    }
    if (Addresses.addressesDeputies(head)) {
      return DocumentType.WORK_REPORT;
    }
    return article.date() != null ? DocumentType.NEWS : DocumentType.OTHER;
  }

  private static boolean deliveredToCongress(List<String> head) {
    for (String line : head) {
      if (line.contains("人民代表大会") && line.contains("会议")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The date a document was delivered or adopted ("——2024年1月16日在…会议上", "(2020年11月30日…通过)"), else
   * the date standing alone under the issuer, else a dateline, else the page's posting date.
   */
  private static LocalDate date(List<String> head, Article article) {
    LocalDate alone = null;
    LocalDate any = null;
    for (String line : head) {
      Dates.Found f = Dates.find(line, 0, line.length());
      if (f == null) {
        continue;
      }
      if (line.contains("会议") || line.endsWith("通过)") || line.endsWith("通过）")) {
        return f.date();
      }
      if (alone == null && Shapes.isDateLine(line)) {
        alone = f.date();
      }
      if (any == null && Shapes.length(line) <= 40 && !Shapes.hasSentenceEnd(line)) {
        any = f.date();
      }
    }
    if (alone != null) {
      return alone;
    }
    return any != null ? any : article.date();
  }

  private static Integer year(DocumentType type, String title, LocalDate date) {
    Integer titleYear = title == null ? null : firstYear(title);
    Integer dateYear = date == null ? null : date.getYear();
    switch (type) {
      case WORK_REPORT, KEY_WORK_ARRANGEMENT:
        return titleYear != null ? titleYear : dateYear;
      case FIVE_YEAR_PLAN:
        Integer planYear = FiveYearPlans.firstYear(title);
        return planYear != null ? planYear : titleYear != null ? titleYear : dateYear;
      default:
        return dateYear != null ? dateYear : titleYear;
    }
  }

  /**
   * The year of a report that gives no date: the year of the congress session its opening names;
   * else the one after the year its review part looks back on ("一、1991年国内工作的回顾"); else the one
   * after the year its opening speaks of most.
   */
  private static Integer undatedReportYear(List<String> head, String text) {
    String address = Addresses.line(head);
    Integer session = address == null ? null : Congresses.yearOf(address);
    if (session != null) {
      return session;
    }
    Integer review = yearAfterReview(text);
    return review != null ? review : yearAfterMostNamed(text);
  }

  private static Integer yearAfterMostNamed(String text) {
    int end = Math.min(text.length(), OPENING);
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i + 5 <= end; i++) {
      int y = Dates.yearAt(text, i, end);
      if (y > 0 && text.charAt(i + 4) == '年') {
        counts.merge(y, 1, Integer::sum);
      }
    }
    Integer best = null;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) {
        best = e.getKey();
      }
    }
    return best == null ? null : best + 1;
  }

  private static Integer yearAfterReview(String text) {
    int from = 0;
    for (int i = 0; i < REVIEW_LINES && from < text.length(); i++) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 ? text.length() : nl;
      if (to - from <= REVIEW_HEADING && text.substring(from, to).contains("回顾")) {
        String heading = text.substring(from, to);
        Integer y = firstYear(heading);
        if (y != null) {
          return y + 1;
        }
        Integer plan = FiveYearPlans.firstYear(heading);
        if (plan != null) {
          return plan + 5; // 一、“十一五”时期…的回顾: made in the year after the plan ended
        }
        Integer term =
            Congresses.yearAfterTerm(text.substring(to, Math.min(text.length(), to + 200)));
        if (term != null) {
          return term; // 过去五年工作回顾 … 第十一届全国人民代表大会第一次会议以来的五年
        }
      }
      from = to + 1;
    }
    return null;
  }

  /** The first year written in {@code s} ("2024年", "2021—2023年"), or null. */
  static Integer firstYear(String s) {
    for (int i = 0; i + 4 <= s.length(); i++) {
      int y = Dates.yearAt(s, i, s.length());
      if (y > 0
          && (i + 4 == s.length()
              || !Character.isLetterOrDigit(s.charAt(i + 4))
              || s.charAt(i + 4) == '年')) {
        return y;
      }
    }
    return null;
  }

  private static List<String[]> split(List<String> lines) {
    List<String[]> out = new ArrayList<>();
    for (String line : lines) {
      out.add(line.split("\t", 2));
    }
    return out;
  }
}
