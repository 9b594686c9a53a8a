package org.duban.app.web;

/** Checks the {@code limit} and {@code offset} parameters of a listing. */
public final class Paging {

  private Paging() {}

  /** Rejects a limit outside 1..{@code maxLimit} or a negative offset, naming the parameter. */
  public static void check(int limit, int offset, int maxLimit) {
    if (limit < 1 || limit > maxLimit) {
      throw new InvalidParameterException(
          "limit",
          "must be between 1 and " + maxLimit + ", not " + limit,
          "每页条数应在 1 到 " + maxLimit + " 之间");
    }
    if (offset < 0) {
      throw new InvalidParameterException(
          "offset", "must not be negative, not " + offset, "起始位置不能为负数");
    }
  }
}
