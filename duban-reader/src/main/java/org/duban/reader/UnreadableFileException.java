package org.duban.reader;

/** A file Duban cannot turn into text; the message names the file and says what to do. */
public final class UnreadableFileException extends Exception {

  public UnreadableFileException(String message) {
    super(message);
  }

  public UnreadableFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
