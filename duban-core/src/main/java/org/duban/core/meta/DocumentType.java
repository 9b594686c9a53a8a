package org.duban.core.meta;

/** What kind of document a text is; decides how its numbers are read (results or targets). */
public enum DocumentType {
  WORK_REPORT("政府工作报告"),
  FIVE_YEAR_PLAN("五年规划"),
  KEY_WORK_ARRANGEMENT("重点工作安排"),
  POLICY("政策文件"),
  NEWS("新闻"),
  OTHER("其他");

  private final String label;

  DocumentType(String label) {
    this.label = label;
  }

  /** The Chinese name shown to users. */
  public String label() {
    return label;
  }
}
