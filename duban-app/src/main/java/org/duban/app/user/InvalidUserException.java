package org.duban.app.user;

/** A request to add or change a user that cannot be carried out; the message says why. */
public class InvalidUserException extends IllegalArgumentException {
  public InvalidUserException(String message) {
    super(message);
  }
}
