package org.duban.core.target;

import java.util.Locale;

/** Whether a target's result meets it, or why there is no judgement yet. */
public enum Verdict {
  MET("达成"),
  MISSED("未达成"),
  NO_RESULT("无数据"),
  PENDING("待报告");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** The verdict as people read it. */
  public String label() {
    return label;
  }

  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The verdict of a code such as {@code met} or {@code NO_RESULT}, or of its Chinese label. */
  public static Verdict parse(String s) {
    String v = s.strip();
    for (Verdict verdict : values()) {
      if (verdict.name().equalsIgnoreCase(v) || verdict.label.equals(v)) {
        return verdict;
      }
    }
    throw new IllegalArgumentException(
        "unknown verdict '" + s + "'; use met, missed, no_result or pending");
  }
}
