package org.duban.app.web;

/** Something a request names that the ledger does not hold; answered with 404. */
public final class NotFoundException extends RuntimeException {

  private final String forPeople;

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " does not exist in the ledger");
    this.forPeople = ("document".equals(what) ? "文档" : what) + " " + id + " 不在台账中（可能已被删除）";
  }

  /** The message for a page, in Chinese. */
  public String forPeople() {
    return forPeople;
  }
}
