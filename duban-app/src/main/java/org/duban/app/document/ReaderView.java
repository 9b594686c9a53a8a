package org.duban.app.document;

import java.util.List;
import org.duban.app.fact.StoredFact;

/**
 * Everything the reader page shows of one document, read once per ledger version: the page then
 * only cuts the text for the highlighted sentence.
 *
 * @param body the document's own text, cut out of its file once
 * @param base where the body starts in the file, in code points
 * @param depths how deep each outline entry is indented, by index
 * @param factsJson the facts as the page's script reads them, safe inside a script element
 */
public record ReaderView(
    DocumentSummary document,
    String body,
    int base,
    List<OutlineEntry> outline,
    List<Integer> depths,
    List<TaskEntry> tasks,
    List<StoredFact> facts,
    String factsJson) {

  public boolean anyTaskWithLead() {
    return tasks.stream().anyMatch(t -> !t.leadUnits().isEmpty());
  }
}
