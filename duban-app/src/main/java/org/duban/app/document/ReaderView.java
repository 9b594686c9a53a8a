package org.duban.app.document;

import java.util.List;
import org.duban.app.fact.StoredFact;

/**
 * Everything the reader page shows of one part of a document, read once per ledger version: the
 * page then only cuts the text for the highlighted sentence. A document longer than {@link
 * DocumentService#PART} code points is shown one part at a time, with the facts of that part.
 *
 * @param body the text shown: the document, or the part of it
 * @param base where the body starts in the file, in code points
 * @param depths how deep each outline entry is indented, by index
 * @param outlineParts the part each outline entry lies in, by index
 * @param facts the facts within the body
 * @param factsJson those facts as the page's script reads them, safe inside a script element
 */
public record ReaderView(
    DocumentSummary document,
    String body,
    int base,
    int part,
    int parts,
    List<OutlineEntry> outline,
    List<Integer> depths,
    List<Integer> outlineParts,
    List<TaskEntry> tasks,
    List<StoredFact> facts,
    String factsJson) {

  public boolean anyTaskWithLead() {
    return tasks.stream().anyMatch(t -> !t.leadUnits().isEmpty());
  }
}
