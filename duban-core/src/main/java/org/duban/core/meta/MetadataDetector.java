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
  private static final int OPENING = 3000;
  private static final int OPENING_LINES = 8;
  private static final int SESSION_CUE = 10;
  // "我们第一届全国人民代表大会第一次会议": the session the report is made to
  private static final String[] PRESENT_SESSION = {"我们", "本次", "这次", "本届", "这届"};

  private static final class Holder {
    static final List<String[]> TYPES =
        split(LexiconFile.lines(MetadataDetector.class, "document-types.tsv"));
    static final List<String> NEWS = LexiconFile.lines(MetadataDetector.class, "news-marks.txt");
  }

  public DocumentMeta detect(Article article, String fileName) {
    String text = article.text().text();
    List<String> head = head(text);
    List<String> cues = Traditional.fold(head);
    String title = Titles.find(head, Holder.TYPES);
    if (title == null) {
      title = article.title();
    }
    DocumentType type = type(title, cues, article, text);
    LocalDate date = date(head, article);
    Region region = Jurisdictions.find(title, cues, type);
    Integer year = year(type, title, date);
    if (year == null && type == DocumentType.WORK_REPORT) {
      boolean national = region != null && region.level() == JurisdictionLevel.NATIONAL;
      year = undatedReportYear(cues, Traditional.fold(text), national);
    }
    String issuer = Issuers.find(head, title);
    return new DocumentMeta(
        Titles.orBuilt(title, type, region, year),
        type,
        region == null ? null : region.name(),
        region == null ? JurisdictionLevel.UNKNOWN : region.level(),
        year,
        date,
        issuer);
  }

  /** The first lines of the article, each cut to a bounded length, without photo credits. */
  private static List<String> head(String text) {
    List<String> lines = new ArrayList<>();
    int from = 0;
    while (from < text.length() && lines.size() < HEAD_LINES) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 ? text.length() : nl;
      String line = text.substring(from, Math.min(to, from + HEAD_LINE_LENGTH)).strip();
      if (!Shapes.isPhotoCredit(line)) {
        lines.add(line);
      }
      from = to + 1;
    }
    return lines;
  }

  private static DocumentType type(String title, List<String> head, Article article, String text) {
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
    if (Addresses.addressesDeputies(head) || reviewsTheTerm(text)) {
      return DocumentType.WORK_REPORT;
    }
    return article.date() != null ? DocumentType.NEWS : DocumentType.OTHER;
  }

  /**
   * "从第二届全国人民代表大会第一次会议以来": an opening that looks back over the congress's term is the government's
   * report to the next congress.
   */
  private static boolean reviewsTheTerm(String text) {
    String opening = Traditional.fold(text.substring(0, Math.min(text.length(), OPENING)));
    return opening.contains("届全国人民代表大会第一次会议以来");
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
   * The year of a report that gives no date: the year of the congress session its speaker addresses
   * or its opening names ("我们第一届全国人民代表大会第一次会议"; one year on when it was 去年); else the one after the
   * year its review part looks back on ("一、1991年国内工作的回顾"); else the one after the session it calls
   * 去年 ("按照去年五届人大四次会议…"); else the one after the year it speaks of most.
   */
  private static Integer undatedReportYear(List<String> head, String text, boolean national) {
    String address = Addresses.line(head);
    Integer session = address == null ? null : Congresses.yearOf(address);
    if (session != null) {
      return session;
    }
    for (int i = 0; i < Math.min(head.size(), OPENING_LINES); i++) {
      String line = head.get(i);
      for (Congresses.Session s : Congresses.sessions(line, national)) {
        String before = line.substring(Math.max(0, s.start() - SESSION_CUE), s.start());
        if (before.contains("去年")) {
          return s.year() + 1;
        }
        for (String present : PRESENT_SESSION) {
          if (before.endsWith(present)) {
            return s.year();
          }
        }
      }
    }
    Integer review = yearAfterReview(text);
    if (review != null) {
      return review;
    }
    for (Congresses.Session s : Congresses.sessions(text, national)) {
      if (text.substring(Math.max(0, s.start() - SESSION_CUE), s.start()).contains("去年")) {
        return s.year() + 1;
      }
    }
    String opening = text.substring(0, Math.min(text.length(), OPENING));
    Integer term = Congresses.yearAfterTerm(opening);
    return term != null ? term : yearAfterMostNamed(opening);
  }

  /** The year after the one {@code text} names most, the later of two named as often. */
  private static Integer yearAfterMostNamed(String text) {
    int end = text.length();
    Map<Integer, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i + 5 <= end; i++) {
      int y = Dates.yearAt(text, i, end);
      if (y > 0 && text.charAt(i + 4) == '年') {
        counts.merge(y, 1, Integer::sum);
      }
    }
    Integer best = null;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      int n = e.getValue();
      if (best == null || n > counts.get(best) || (n == counts.get(best) && e.getKey() > best)) {
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
