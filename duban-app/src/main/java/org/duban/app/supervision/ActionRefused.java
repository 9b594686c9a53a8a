package org.duban.app.supervision;

/**
 * A step that cannot be taken: by this user ({@link Kind#FORBIDDEN}, 403), in the item's state
 * ({@link Kind#CONFLICT}, 409) or with these values ({@link Kind#INVALID}, 400). The message says
 * why, in Chinese.
 */
public class ActionRefused extends RuntimeException {

  /** Why the step cannot be taken. */
  public enum Kind {
    FORBIDDEN,
    CONFLICT,
    INVALID
  }

  private final Kind kind;

  public ActionRefused(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  static ActionRefused forbidden(String message) {
    return new ActionRefused(Kind.FORBIDDEN, message);
  }

  static ActionRefused conflict(String message) {
    return new ActionRefused(Kind.CONFLICT, message);
  }

  static ActionRefused invalid(String message) {
    return new ActionRefused(Kind.INVALID, message);
  }
}
