package org.duban.app.department;

/** A change to the departments that cannot be made; the message says why, in Chinese. */
public class InvalidDepartmentException extends IllegalArgumentException {
  public InvalidDepartmentException(String message) {
    super(message);
  }
}
