package org.duban.app.web;

/** Something a request names that the ledger does not hold; answered with 404. */
public final class NotFoundException extends RuntimeException {

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " does not exist in the ledger");
  }
}
