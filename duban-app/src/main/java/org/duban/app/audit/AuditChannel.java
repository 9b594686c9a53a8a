package org.duban.app.audit;

/** How an action reached the ledger. */
public enum AuditChannel {
  /** A person on the web pages (form login session). */
  PAGE("网页"),
  /** A client of the REST API. */
  API("接口"),
  /** The command line on the server. */
  CLI("命令行"),
  /** The application itself: the demo loader, a scheduled job. */
  SYSTEM("系统");

  private final String label;

  AuditChannel(String label) {
    this.label = label;
  }

  /** The name people read. */
  public String label() {
    return label;
  }
}
