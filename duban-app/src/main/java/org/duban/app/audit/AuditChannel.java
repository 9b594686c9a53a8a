package org.duban.app.audit;

/** How an action reached the ledger. */
public enum AuditChannel {
  /** A person on the web pages (form login session). */
  PAGE,
  /** A client of the REST API. */
  API,
  /** The command line on the server. */
  CLI,
  /** The application itself: the demo loader, a scheduled job. */
  SYSTEM
}
