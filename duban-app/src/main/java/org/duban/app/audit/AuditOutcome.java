package org.duban.app.audit;

/** Whether an audited action took effect. */
public enum AuditOutcome {
  SUCCESS,
  /** Not allowed or not accepted: a wrong password, a forbidden action, a rejected file. */
  REFUSED
}
