package org.duban.app.supervision;

/** How an item entered the ledger (立项). */
public enum Origin {
  DOCUMENT("文件任务"),
  MANUAL("手工立项"),
  IMPORT("分工方案导入"),
  SPLIT("分解子项");

  private final String label;

  Origin(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
