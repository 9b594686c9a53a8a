package org.duban.app.web;

import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a request parameter that names one of an enum's codes (modality=target, outcome=REFUSED).
 */
public final class EnumParameter {

  private EnumParameter() {}

  /**
   * The constant {@code value} names, in any case; null when it is blank.
   *
   * @throws InvalidParameterException naming the parameter and the codes it takes
   */
  public static <E extends Enum<E>> E parse(String parameter, String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(
          parameter,
          "must be one of " + Arrays.toString(type.getEnumConstants()) + ", not '" + value + "'",
          "筛选条件“" + value + "”无法识别，请从列表中选择");
    }
  }
}
