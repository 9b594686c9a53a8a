package org.duban.app.label;

import org.duban.core.meta.DocumentType;

/**
 * How a document is named to a person in lists and hits: its title, place and year, so two hits
 * from different documents can be told apart.
 *
 * @param type the document type's code
 * @param source the name of the file it was read from
 */
public record DocumentName(
    long id, String title, String region, Integer year, String type, String source) {

  /**
   * The title, or for a document without one what is known of it (place, year, type: {@code
   * 临江区2024年政府工作报告}), or its file name; never empty.
   */
  public String display() {
    if (title != null && !title.isBlank()) {
      return title;
    }
    StringBuilder name = new StringBuilder();
    if (region != null) {
      name.append(region);
    }
    if (year != null) {
      name.append(year).append('年');
    }
    if (name.isEmpty()) {
      return source == null || source.isBlank() ? "文档 " + id : source;
    }
    String label = typeLabel();
    return name.append(label.isEmpty() || "其他".equals(label) ? "文档" : label).toString();
  }

  /** Place and year, as a line under the title: {@code 临江区 · 2024年}; empty when neither. */
  public String placeAndYear() {
    String place = region == null ? "" : region;
    String when = year == null ? "" : year + "年";
    return place.isEmpty() || when.isEmpty() ? place + when : place + " · " + when;
  }

  public String typeLabel() {
    try {
      return type == null ? "" : DocumentType.valueOf(type).label();
    } catch (IllegalArgumentException e) {
      return type;
    }
  }
}
