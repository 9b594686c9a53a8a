package org.duban.core.meta;

import java.util.List;
import org.duban.core.clean.Shapes;

/**
 * Finds who issued or delivered a document: the speaker under a report's subtitle ("长宁区区长 侯继军",
 * "国务院总理 / 李强"), else the issuing body standing on a line of its own ("上海市静安区人民政府", "中共上海市长宁区委"),
 * else the body that opens the title ("安徽省人民政府办公厅关于印发…").
 */
final class Issuers {

  private static final String[] OFFICES = {"区长", "市长", "省长", "县长", "州长", "旗长", "主席", "总理", "书记"};
  private static final String[] BODIES = {
    "人民政府", "办公厅", "办公室", "委员会", "管委会", "领导小组", "区委", "市委", "省委", "县委", "州委", "局", "厅"
  };
  private static final int MAX_LINE = 50;
  private static final int MAX_NAME = 10;
  private static final int MAX_HAN_NAME = 4;
  private static final int SPEAKER_LINES = 12;

  private Issuers() {}

  static String find(List<String> head, String title) {
    for (int i = 0; i < Math.min(head.size(), SPEAKER_LINES); i++) {
      String speaker = speaker(head, i);
      if (speaker != null) {
        return speaker;
      }
    }
    for (String line : head) {
      if (!line.equals(title) && Shapes.length(line) <= MAX_LINE && isBody(line)) {
        return line;
      }
    }
    if (title != null) {
      int about = title.indexOf("关于");
      if (about > 2 && isBody(title.substring(0, about))) {
        return title.substring(0, about);
      }
    }
    return null;
  }

  /** The speaker named on line {@code i} of {@code head} (or there and on the next), or null. */
  static String speaker(List<String> head, int i) {
    String line = head.get(i);
    int session = line.lastIndexOf("会议上");
    if (session >= 0) {
      line = line.substring(session + 3).strip();
    }
    if (line.isEmpty()
        || Shapes.length(line) > MAX_LINE
        || Shapes.hasSentenceEnd(line)
        || line.startsWith("—")) {
      return null;
    }
    for (String office : OFFICES) {
      int k = line.lastIndexOf(office);
      if (k < 0) {
        continue;
      }
      int after = k + office.length();
      String role = compact(line.substring(0, after));
      String rest = line.substring(after);
      String name;
      if (rest.isBlank()) {
        // the name stands on the next line ("国务院总理" / "李　强")
        name = i + 1 < head.size() ? compact(head.get(i + 1)) : "";
      } else if (Shapes.isSpace(rest.charAt(0))) {
        name = compact(rest);
      } else {
        continue;
      }
      if (isName(name)) {
        return role + " " + name;
      }
    }
    return null;
  }

  private static String compact(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!Shapes.isSpace(s.charAt(i))) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  private static boolean isName(String s) {
    boolean foreign = s.indexOf('·') >= 0 || s.indexOf('•') >= 0;
    if (s.length() < 2 || s.length() > (foreign ? MAX_NAME : MAX_HAN_NAME)) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Shapes.isHan(c) && c != '·' && c != '•') {
        return false;
      }
    }
    return true;
  }

  private static boolean isBody(String line) {
    if (Shapes.hasSentenceEnd(line) || line.indexOf('，') >= 0 || line.indexOf('：') >= 0) {
      return false;
    }
    for (String body : BODIES) {
      if (line.endsWith(body)) {
        return true;
      }
    }
    return false;
  }
}
