package org.duban.app.department;

import jakarta.servlet.http.HttpServletRequest;

/** Changes to departments are the supervision office's: administrators and supervisors. */
final class Office {

  private Office() {}

  static boolean is(HttpServletRequest request) {
    return request.isUserInRole("ADMIN") || request.isUserInRole("SUPERVISOR");
  }

  static void require(HttpServletRequest request) {
    if (!is(request)) {
      throw new DepartmentChangeForbidden();
    }
  }

  /** A user outside the office tried to change the departments. */
  static final class DepartmentChangeForbidden extends RuntimeException {
    DepartmentChangeForbidden() {
      super("只有督查室或管理员可以修改单位");
    }
  }
}
