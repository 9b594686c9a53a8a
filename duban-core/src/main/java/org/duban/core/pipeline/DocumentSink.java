package org.duban.core.pipeline;

import java.util.List;
import org.duban.core.fact.Fact;

/**
 * Takes a file's documents as {@link DocumentAnalyzer} reads them, and each document's facts one at
 * a time as they are found, so that a long document's facts need never be held at once.
 */
public interface DocumentSink {

  /** A document begins; its facts follow, then {@link #end}. Documents come in file order. */
  void begin(DocumentHead document);

  /** The next fact of the document begun, in reading order. */
  void fact(Fact fact);

  /** The document begun has no more facts. */
  void end();

  /** A sink that adds each document, with all its facts, to {@code documents}. */
  static DocumentSink into(List<AnalyzedDocument> documents) {
    return new Collecting(documents);
  }

  /** Hands documents already analysed to {@code sink} as an analysis would. */
  static void replay(List<AnalyzedDocument> documents, DocumentSink sink) {
    for (AnalyzedDocument document : documents) {
      sink.begin(document.head());
      document.facts().forEach(sink::fact);
      sink.end();
    }
  }
}
