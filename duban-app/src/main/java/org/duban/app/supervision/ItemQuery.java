package org.duban.app.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.duban.app.department.Department;
import org.duban.app.department.DepartmentDirectory;
import org.duban.app.web.EnumParameter;
import org.duban.app.web.InvalidParameterException;

/**
 * Which items a list shows and on which day their lights are taken: {@code
 * ?department=&status=&light=&asOf=YYYY-MM-DD}; null fields do not filter.
 */
record ItemQuery(Department department, ItemStatus status, Light light, LocalDate asOf) {

  static ItemQuery parse(
      String department,
      String status,
      String light,
      String asOf,
      DepartmentDirectory directory,
      LocalDate today) {
    Department d = null;
    if (department != null && !department.isBlank()) {
      d =
          directory
              .resolve(department)
              .orElseThrow(
                  () ->
                      new InvalidParameterException(
                          "department", "names no department: '" + department + "'"));
    }
    return new ItemQuery(
        d,
        EnumParameter.parse("status", status, ItemStatus.class),
        EnumParameter.parse("light", light, Light.class),
        parseDay(asOf, today));
  }

  static LocalDate parseDay(String asOf, LocalDate today) {
    if (asOf == null || asOf.isBlank()) {
      return today;
    }
    try {
      return LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidParameterException("asOf", "must be a date YYYY-MM-DD, not '" + asOf + "'");
    }
  }

  /** The items the query lets through, with their lights on its day. */
  List<ItemView> filter(
      List<Item> items, Map<Long, List<ProgressReport>> reports, ItemViews views) {
    List<Item> chosen =
        items.stream()
            .filter(i -> department == null || i.involves(department.id()))
            .filter(i -> status == null || i.status() == status)
            .toList();
    return views.list(chosen, reports, asOf).stream()
        .filter(v -> light == null || v.light() == light)
        .toList();
  }
}
