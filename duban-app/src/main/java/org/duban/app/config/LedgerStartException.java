package org.duban.app.config;

/** The ledger could not be opened; the message says why and what to do, in one line. */
public final class LedgerStartException extends RuntimeException {

  public LedgerStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
