package org.duban.app.web;

/** A request parameter whose value cannot be used; answered with 400 naming the parameter. */
public final class InvalidParameterException extends RuntimeException {

  private final String parameter;
  private final String forPeople;

  public InvalidParameterException(String parameter, String problem) {
    this(parameter, problem, null);
  }

  /**
   * @param forPeople what a page tells a person, in Chinese; null for the API's message
   */
  public InvalidParameterException(String parameter, String problem, String forPeople) {
    super("parameter '" + parameter + "' " + problem);
    this.parameter = parameter;
    this.forPeople = forPeople;
  }

  /** The message for a page: the Chinese one if given, else the API's. */
  public String forPeople() {
    return forPeople != null ? forPeople : getMessage();
  }

  public String parameter() {
    return parameter;
  }
}
