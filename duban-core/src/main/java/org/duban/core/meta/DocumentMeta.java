package org.duban.core.meta;

import java.time.LocalDate;

/**
 * What a document is: its title, type, the jurisdiction it speaks for, the year it is about and the
 * date it was issued. Any field but {@code type} and {@code level} may be null when the text does
 * not say.
 *
 * @param year the year the document is about: a work report delivered in January 2024 reports on
 *     2023 and plans 2024; its {@code year} is 2024
 */
public record DocumentMeta(
    String title,
    DocumentType type,
    String jurisdiction,
    JurisdictionLevel level,
    Integer year,
    LocalDate date,
    String issuer) {

  public static DocumentMeta unknown(String title) {
    return new DocumentMeta(
        title, DocumentType.OTHER, null, JurisdictionLevel.UNKNOWN, null, null, null);
  }
}
