package org.duban.app.user;

/** What a user may do. */
public enum Role {
  /** Manages users and departments; everything a supervisor may do. */
  ADMIN("管理员"),
  /** The supervision office (督查室): every item, every action, changes to the published ledger. */
  SUPERVISOR("督查室"),
  /** The liaison (联络员) of one department: only the items it leads or supports. */
  DEPARTMENT("承办单位"),
  /** A leader: reads everything and receives escalations. */
  LEADER("领导");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  /** The role's name for people. */
  public String label() {
    return label;
  }

  /** Whether the role may change the published ledger (upload, delete documents). */
  public boolean editsLedger() {
    return this == ADMIN || this == SUPERVISOR;
  }

  /** The role as Spring Security spells authorities: {@code ROLE_SUPERVISOR}. */
  public String authority() {
    return "ROLE_" + name();
  }
}
