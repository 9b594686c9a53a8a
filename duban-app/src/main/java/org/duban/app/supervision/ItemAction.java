package org.duban.app.supervision;

/** A step in an item's flow that someone takes. */
public enum ItemAction {
  SIGN("签收"),
  REQUEST_COMPLETION("申请办结"),
  APPROVE_COMPLETION("同意办结"),
  RETURN("退回"),
  REQUEST_EXTENSION("申请延期"),
  APPROVE_EXTENSION("批准延期"),
  REMIND("催办");

  private final String label;

  ItemAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
