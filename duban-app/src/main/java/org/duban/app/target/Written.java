package org.duban.app.target;

import java.util.Locale;

/** A figure with its qualifier as a reader writes it: 6%左右, 5.5%以内, 不低于6%. */
final class Written {

  private Written() {}

  static String of(String text, String qualifier) {
    if (text == null || qualifier == null) {
      return text;
    }
    return switch (qualifier.toLowerCase(Locale.ROOT)) {
      case "about" -> after(text, "左右");
      case "over" -> after(text, "以上");
      case "at_least" -> "不低于" + text;
      case "at_most" -> after(text, "以内");
      case "under" -> "低于" + text;
      default -> text;
    };
  }

  private static String after(String text, String word) {
    return text.endsWith(word) ? text : text + word;
  }

  /** How a sense reads in Chinese. */
  static String sense(String sense) {
    return "CEILING".equalsIgnoreCase(sense) ? "上限（不超过）" : "下限（不低于）";
  }

  /** How a measure reads in Chinese. */
  static String measure(String measure) {
    return switch (measure == null ? "" : measure) {
      case "CHANGE" -> "增减";
      case "RANK" -> "排名";
      default -> "水平";
    };
  }
}
