package org.duban.app.web;

/** Checks the {@code limit} and {@code offset} parameters of a listing. */
public final class Paging {

  private Paging() {}

  /** Rejects a limit outside 1..{@code maxLimit} or a negative offset, naming the parameter. */
  public static void check(int limit, int offset, int maxLimit) {
    check(limit, offset, maxLimit, Integer.MAX_VALUE);
  }

  /**
   * Also rejects an offset past {@code maxOffset}, for listings whose cost grows with the offset (a
   * search ranks offset + limit hits to show the last limit).
   */
  public static void check(int limit, int offset, int maxLimit, int maxOffset) {
    if (limit < 1 || limit > maxLimit) {
      throw new InvalidParameterException(
          "limit",
          "must be between 1 and " + maxLimit + ", not " + limit,
          "应在 1 到 " + maxLimit + " 之间，而不是 " + limit);
    }
    if (offset < 0) {
      throw new InvalidParameterException(
          "offset", "must not be negative, not " + offset, "不能为负数（" + offset + "）");
    }
    if (offset > maxOffset) {
      throw new InvalidParameterException(
          "offset",
          "must be at most " + maxOffset + ", not " + offset + "; narrow the query instead",
          "不能超过 " + maxOffset + "（现为 " + offset + "），请缩小查询范围");
    }
  }
}
