package org.duban.app.ingest;

import org.duban.core.pipeline.DocumentAnalyzer;
import org.duban.core.pipeline.DocumentSink;
import org.duban.core.text.SourceText;
import org.springframework.stereotype.Component;

/** The extraction core's pipeline. */
@Component
final class CoreDocumentAnalysis implements DocumentAnalysis {

  private final DocumentAnalyzer analyzer = new DocumentAnalyzer();

  @Override
  public void analyze(SourceText source, DocumentSink sink) {
    analyzer.analyze(source, sink);
  }
}
