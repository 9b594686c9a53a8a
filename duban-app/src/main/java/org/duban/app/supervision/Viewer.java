package org.duban.app.supervision;

import org.duban.app.user.Role;
import org.duban.app.user.UserAccount;

/**
 * The logged-in user as supervision sees them: a role and, for a unit's liaison, its department.
 */
public record Viewer(String username, Role role, Long departmentId, String departmentName) {

  public static Viewer of(UserAccount user) {
    return new Viewer(user.username(), user.role(), user.departmentId(), user.departmentName());
  }

  /** The supervision office: administrators and supervisors, who may do everything. */
  public boolean office() {
    return role == Role.ADMIN || role == Role.SUPERVISOR;
  }

  public boolean admin() {
    return role == Role.ADMIN;
  }

  /** The role's name for people. */
  public String roleLabel() {
    return role.label();
  }

  public boolean department() {
    return role == Role.DEPARTMENT && departmentId != null;
  }

  /** Everyone sees every item but a unit's liaison, who sees the items its unit takes part in. */
  public boolean sees(Item item) {
    return role != Role.DEPARTMENT || (departmentId != null && item.involves(departmentId));
  }

  public boolean leads(Item item) {
    return department() && item.ledBy(departmentId);
  }

  public boolean takesPart(Item item) {
    return department() && item.involves(departmentId);
  }
}
