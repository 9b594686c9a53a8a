package org.duban.app.ingest;

import java.util.List;
import org.duban.core.pipeline.AnalyzedDocument;
import org.duban.core.pipeline.DocumentAnalyzer;
import org.duban.core.text.SourceText;
import org.springframework.stereotype.Component;

/** The extraction core's pipeline. */
@Component
final class CoreDocumentAnalysis implements DocumentAnalysis {

  private final DocumentAnalyzer analyzer = new DocumentAnalyzer();

  @Override
  public List<AnalyzedDocument> analyze(SourceText source) {
    return analyzer.analyze(source);
  }
}
