package org.duban.app.ledger;

import java.util.List;
import java.util.function.Function;
import org.duban.app.ingest.DocumentAnalysis;
import org.duban.core.pipeline.AnalyzedDocument;
import org.duban.core.pipeline.DocumentAnalyzer;
import org.duban.core.pipeline.DocumentSink;
import org.duban.core.text.SourceText;

/**
 * The core pipeline, except that a test may put another analysis in for a while (to make a file
 * fail halfway through being stored).
 */
public final class TestAnalysis implements DocumentAnalysis {

  private final DocumentAnalyzer core = new DocumentAnalyzer();
  private volatile Function<SourceText, List<AnalyzedDocument>> override;

  @Override
  public void analyze(SourceText source, DocumentSink sink) {
    var o = override;
    if (o != null) {
      DocumentSink.replay(o.apply(source), sink);
    } else {
      core.analyze(source, sink);
    }
  }

  public void override(Function<SourceText, List<AnalyzedDocument>> analysis) {
    this.override = analysis;
  }

  public void reset() {
    this.override = null;
  }
}
