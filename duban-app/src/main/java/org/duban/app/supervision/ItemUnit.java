package org.duban.app.supervision;

/**
 * A unit responsible for an item, as written, and the department it is once the office knows.
 *
 * @param departmentId null while the name waits for the office's confirmation
 */
public record ItemUnit(String name, Long departmentId, boolean lead) {

  public boolean confirmed() {
    return departmentId != null;
  }
}
