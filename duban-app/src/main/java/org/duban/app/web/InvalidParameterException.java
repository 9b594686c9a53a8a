package org.duban.app.web;

/** A request parameter whose value cannot be used; answered with 400 naming the parameter. */
public final class InvalidParameterException extends RuntimeException {

  private final String parameter;

  public InvalidParameterException(String parameter, String problem) {
    super("parameter '" + parameter + "' " + problem);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
