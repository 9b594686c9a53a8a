package org.duban.app.audit;

/** Whether an audited action took effect. */
public enum AuditOutcome {
  SUCCESS("成功"),
  /** Not allowed or not accepted: a wrong password, a forbidden action, a rejected file. */
  REFUSED("拒绝");

  private final String label;

  AuditOutcome(String label) {
    this.label = label;
  }

  /** The name people read. */
  public String label() {
    return label;
  }
}
