package org.duban.app.supervision;

/** The office's own work: only administrators and supervisors (督查室) may do it. */
final class Offices {

  private Offices() {}

  static void require(Viewer viewer, String what) {
    if (!viewer.office()) {
      throw ActionRefused.forbidden("只有督查室可以" + what);
    }
  }
}
