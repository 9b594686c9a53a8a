package org.duban.app.supervision;

/** Where a supervised item stands in the flow 待签收 → 办理中 → 申请办结 → 已办结. */
public enum ItemStatus {
  PENDING("待签收"),
  IN_PROGRESS("办理中"),
  COMPLETION_REQUESTED("申请办结"),
  DONE("已办结");

  private final String label;

  ItemStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
