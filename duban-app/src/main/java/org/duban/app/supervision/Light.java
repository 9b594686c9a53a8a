package org.duban.app.supervision;

/** An item's colour on a given day. */
public enum Light {
  GREEN("绿灯", "正常推进"),
  YELLOW("黄灯", "预警"),
  RED("红灯", "逾期"),
  DONE("已办结", "已办结");

  private final String label;
  private final String meaning;

  Light(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  public String label() {
    return label;
  }

  /** What the colour says about the item. */
  public String meaning() {
    return meaning;
  }
}
