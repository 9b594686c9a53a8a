package org.duban.app.web;

/** A request parameter whose value cannot be used; answered with 400 naming the parameter. */
public final class InvalidParameterException extends RuntimeException {

  private final String parameter;
  private final String chineseProblem;

  public InvalidParameterException(String parameter, String problem) {
    this(parameter, problem, null);
  }

  /**
   * @param chineseProblem what is wrong, in Chinese, for the pages ("不能超过 200 个字"); null where the
   *     English problem is all there is
   */
  public InvalidParameterException(String parameter, String problem, String chineseProblem) {
    super("parameter '" + parameter + "' " + problem);
    this.parameter = parameter;
    this.chineseProblem = chineseProblem;
  }

  public String parameter() {
    return parameter;
  }

  /** The message for a page: in Chinese, naming the parameter. */
  public String chineseMessage() {
    return chineseProblem != null
        ? "参数 " + parameter + " " + chineseProblem
        : "参数 " + parameter + " 的值无法使用（" + getMessage() + "）";
  }
}
