package org.duban.core.meta;

import java.util.List;
import org.duban.core.clean.ListNumbers;
import org.duban.core.clean.Shapes;

/**
 * Finds a document's title among its first lines: the first line that names a document type
 * ("政府工作报告", "重点工作安排"), joined with the lines a layout broke it into ("关于制定…国民经济 / 和社会发展…规划和 /
 * 二〇三五年远景目标的建议"); without one, the first line shaped like a headline.
 */
final class Titles {

  private static final int MAX_TITLE = 120;
  private static final int MAX_FRAGMENT = 25;
  private static final String JOINERS = "和的与及暨、";

  private Titles() {}

  static String find(List<String> head, List<String[]> types) {
    String fallback = null;
    boolean inBody = false;
    for (int i = 0; i < head.size(); i++) {
      String line = Shapes.withoutTag(head.get(i));
      if (line.startsWith("各位代表")) {
        break; // a speech's body begins with its address: a heading below it is no title
      }
      // a headline stands above the body; a notice's own title may follow its cover letter
      boolean question =
          (line.endsWith("？") || line.endsWith("！")) && line.length() <= MAX_FRAGMENT * 2;
      inBody |= Shapes.isProse(line, Shapes.length(line)) && !question;
      if (!isTitleLike(line) || ListNumbers.match(line, 0) != null || commas(line) > 1) {
        continue;
      }
      if (fallback == null && !inBody && Issuers.speaker(List.of(line), 0) == null) {
        fallback = line;
      }
      // "政府工作报" / "告": a type word the layout broke over two lines
      String next = i + 1 < head.size() ? head.get(i + 1) : "";
      String read = next.length() <= 2 ? line + next : line;
      for (String[] t : types) {
        if (read.contains(t[1])) {
          return joined(head, i, line);
        }
      }
    }
    return fallback;
  }

  private static String joined(List<String> head, int i, String line) {
    StringBuilder title = new StringBuilder(line);
    int first = i;
    while (first > 0 && isFragment(head.get(first - 1))) {
      String prev = head.get(first - 1);
      boolean joins =
          prev.startsWith("关于")
              || JOINERS.indexOf(prev.charAt(prev.length() - 1)) >= 0
              || JOINERS.indexOf(title.charAt(0)) >= 0;
      if (!joins) {
        break;
      }
      title.insert(0, prev);
      first--;
    }
    int last = i;
    while (last + 1 < head.size() && isFragment(head.get(last + 1))) {
      String next = head.get(last + 1);
      // "政府工作报" / "告": a word broken by the layout, or a phrase continued on the next line
      boolean joins =
          next.length() <= 2
              || JOINERS.indexOf(title.charAt(title.length() - 1)) >= 0
              || JOINERS.indexOf(next.charAt(0)) >= 0;
      if (!joins) {
        break;
      }
      title.append(next);
      last++;
    }
    return title.toString();
  }

  /**
   * The title, or for a document that has none or only the name of its type ("政府工作报告"), one built
   * from its year, issuer and type: "2016年国务院政府工作报告", "2012年海拉尔区政府工作报告".
   */
  static String orBuilt(String title, DocumentType type, Region region, Integer year) {
    boolean bare = title == null || title.replace(" ", "").equals(type.label());
    if (!bare) {
      return title;
    }
    String issuer = "";
    if (region != null) {
      boolean council =
          region.level() == JurisdictionLevel.NATIONAL && type == DocumentType.WORK_REPORT;
      issuer = council ? "国务院" : region.name();
    }
    String built = (year == null ? "" : year + "年") + issuer + type.label();
    return built.equals(type.label()) && title != null ? title : built;
  }

  private static int commas(String line) {
    int n = 0;
    for (int i = 0; i < line.length(); i++) {
      n += line.charAt(i) == '，' ? 1 : 0;
    }
    return n;
  }

  private static boolean isFragment(String line) {
    return !line.isEmpty()
        && Shapes.length(line) <= MAX_FRAGMENT
        && !Shapes.hasSentenceEnd(line)
        && !Shapes.isDateLine(line)
        && line.indexOf('，') < 0
        && line.indexOf('：') < 0;
  }

  static boolean isTitleLike(String line) {
    int n = Shapes.length(line);
    return n >= 4
        && n <= MAX_TITLE
        && line.indexOf('。') < 0
        && !line.endsWith("：")
        && !line.endsWith(":")
        && !line.endsWith("；")
        && !line.startsWith("各位")
        && !line.endsWith(":")
        && "—―-－(（".indexOf(line.charAt(0)) < 0
        && !Shapes.isDateLine(line)
        && Shapes.hasHan(line);
  }
}
