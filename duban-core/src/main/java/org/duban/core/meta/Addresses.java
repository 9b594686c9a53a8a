package org.duban.core.meta;

import java.util.List;

/**
 * Reads the opening of a speech to a people's congress: "各位代表：" and then "现在，我代表长宁区人民政府，向大会报告工作",
 * "我受国务院的委托，向大会作政府工作报告" name the body that speaks and say that this is its report.
 */
final class Addresses {

  private static final int LINES = 8;
  private static final int MAX_BODY = 20;
  private static final String[] ON_BEHALF = {"代表", "受", "根据"};

  private Addresses() {}

  /** Whether the document opens by addressing the deputies of a congress. */
  static boolean addressesDeputies(List<String> head) {
    for (int i = 0; i < Math.min(head.size(), LINES); i++) {
      if (head.get(i).startsWith("各位代表")) {
        return true;
      }
    }
    return line(head) != null;
  }

  /** The line in which the speaker says on whose behalf they report, or null. */
  static String line(List<String> head) {
    for (int i = 0; i < Math.min(head.size(), LINES * 2); i++) {
      String line = head.get(i);
      int k = behalf(line);
      if (k >= 0 && line.indexOf("报告", k) >= 0) {
        return line;
      }
    }
    return null;
  }

  /** Where "我代表", "我受", "我现在根据" puts the body spoken for, or -1. */
  private static int behalf(String line) {
    for (int we = line.indexOf('我'); we >= 0; we = line.indexOf('我', we + 1)) {
      for (String mark : ON_BEHALF) {
        int k = line.indexOf(mark, we + 1);
        if (k >= 0 && k - we <= 3) {
          return k + mark.length();
        }
      }
    }
    return -1;
  }

  /** The body the speaker represents ("国务院", "长宁区人民政府"), or null. */
  static String speakerFor(List<String> head) {
    String line = line(head);
    if (line == null) {
      return null;
    }
    int from = behalf(line);
    int to = from;
    while (to < line.length() && to - from < MAX_BODY && "，,、向在的".indexOf(line.charAt(to)) < 0) {
      to++;
    }
    return to > from ? line.substring(from, to) : null;
  }
}
