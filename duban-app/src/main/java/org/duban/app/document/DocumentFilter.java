package org.duban.app.document;

import java.util.Locale;
import org.duban.app.web.InvalidParameterException;
import org.duban.core.meta.DocumentType;

/** Which documents a list shows; null fields do not filter. */
public record DocumentFilter(String region, Integer year, DocumentType type) {

  public static final DocumentFilter ALL = new DocumentFilter(null, null, null);

  /** A filter from request parameters, rejecting values that cannot match anything. */
  public static DocumentFilter of(String region, String year, String type) {
    return new DocumentFilter(blankToNull(region), parseYear("year", year), parseType(type));
  }

  static Integer parseYear(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (!value.strip().matches("\\d{4}")) {
      throw new InvalidParameterException(
          parameter,
          "must be a four-digit year such as 2024, not '" + value + "'",
          "年份应写四位数字，例如 2024，而不是“" + value + "”");
    }
    return Integer.valueOf(value.strip());
  }

  /** The type named by its code (WORK_REPORT) or its Chinese name (政府工作报告). */
  public static DocumentType parseType(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    for (DocumentType t : DocumentType.values()) {
      if (t.name().equals(v.toUpperCase(Locale.ROOT)) || t.label().equals(v)) {
        return t;
      }
    }
    throw new InvalidParameterException(
        "type",
        "must be one of "
            + java.util.Arrays.toString(DocumentType.values())
            + " or their Chinese names, not '"
            + value
            + "'",
        "没有“" + value + "”这种文档类型");
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
