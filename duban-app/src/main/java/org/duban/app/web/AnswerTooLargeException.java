package org.duban.app.web;

/**
 * A request whose whole answer would pass a limit (an export of millions of rows); answered with
 * 400 and a message that names the limit and how to ask for less.
 */
public final class AnswerTooLargeException extends RuntimeException {

  public AnswerTooLargeException(String message) {
    super(message);
  }
}
