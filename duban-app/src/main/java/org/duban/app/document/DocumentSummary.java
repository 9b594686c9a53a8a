package org.duban.app.document;

import java.time.LocalDate;
import org.duban.app.label.DocumentName;

/**
 * One stored document as the list shows it.
 *
 * @param type the document type's code ({@code WORK_REPORT}, {@code KEY_WORK_ARRANGEMENT}, …)
 * @param typeLabel the type's Chinese name
 * @param source the name of the file the document was read from
 */
public record DocumentSummary(
    long id,
    String title,
    String type,
    String typeLabel,
    String region,
    Integer year,
    LocalDate date,
    int factCount,
    String source) {

  /** How the document is named to a person (a name for one without a title, too). */
  public DocumentName name() {
    return new DocumentName(id, title, region, year, type, source);
  }
}
